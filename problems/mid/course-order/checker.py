"""Accepts any valid course order.

`expected` is one valid order computed by the reference solution, or [] when
the prerequisites contain a cycle; it is used only to know which case this is.
"""


def check(input, expected, got):
    n, prereqs = input
    if type(got) is not list:
        return False, "expected a list, got %s" % type(got).__name__
    if expected == []:
        if got == []:
            return True
        return False, "the prerequisites contain a cycle, so the answer is [], got a list of %d items" % len(got)
    if got == []:
        return False, "returned [] (a cycle), but a valid order exists, e.g. %s" % _short(expected)
    if any(type(x) is not int for x in got):
        bad = next(x for x in got if type(x) is not int)
        return False, "every item must be an int course number, found %r" % (bad,)
    if len(got) != n or set(got) != set(range(n)):
        missing = sorted(set(range(n)) - set(got))
        extra = len(got) - len(set(got))
        parts = []
        if missing:
            parts.append("missing courses %s" % _short(missing))
        if extra:
            parts.append("%d repeated entries" % extra)
        if set(got) - set(range(n)):
            parts.append("unknown courses %s" % _short(sorted(set(got) - set(range(n)))))
        return False, "not a permutation of 0..%d: %s" % (n - 1, ", ".join(parts) or "wrong length %d" % len(got))
    pos = {c: i for i, c in enumerate(got)}
    for c, p in prereqs:
        if pos[p] >= pos[c]:
            return False, "course %d needs course %d first, but %d is at position %d and %d at position %d" % (
                c, p, p, pos[p], c, pos[c])
    return True


def _short(xs, k=10):
    xs = list(xs)
    return repr(xs) if len(xs) <= k else "[%s, ...] (%d items)" % (", ".join(map(repr, xs[:k])), len(xs))
