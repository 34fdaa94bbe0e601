import functools

# the standard library's cache: unbounded and has cache_clear, but 1, 1.0 and
# True are one key and keyword order matters
memoize = functools.cache
