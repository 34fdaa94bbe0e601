# Mistake: a single depth counter for all kinds, so any closer closes any
# opener: "(]" is accepted.
def is_balanced(s: str) -> bool:
    depth = 0
    for c in s:
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0
