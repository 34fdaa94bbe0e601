# Mistake: a Python 2 habit. sorted() has no `cmp` argument in Python 3
# (TypeError); a comparison function must go through functools.cmp_to_key.
def leaderboard(results):
    def compare(a, b):
        if a[1] != b[1]:
            return b[1] - a[1]
        return a[2] - b[2]

    return [r[0] for r in sorted(results, cmp=compare)]
