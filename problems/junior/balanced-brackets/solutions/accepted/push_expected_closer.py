# Push the closer each opener expects; a closer must be the one on top.
CLOSER_FOR = {"(": ")", "[": "]", "{": "}"}
CLOSERS = frozenset(CLOSER_FOR.values())


def is_balanced(s: str) -> bool:
    expected = []
    for c in s:
        closer = CLOSER_FOR.get(c)
        if closer is not None:
            expected.append(closer)
        elif c in CLOSERS:
            if not expected or expected[-1] != c:
                return False
            expected.pop()
    return len(expected) == 0
