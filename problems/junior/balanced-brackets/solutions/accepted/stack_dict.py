# A stack of the brackets still open; each closer must match the top one.
OPENER_OF = {")": "(", "]": "[", "}": "{"}
OPENERS = set(OPENER_OF.values())


def is_balanced(s: str) -> bool:
    stack = []
    for c in s:
        if c in OPENERS:
            stack.append(c)
        elif c in OPENER_OF:
            if not stack or stack.pop() != OPENER_OF[c]:
                return False
    return not stack
