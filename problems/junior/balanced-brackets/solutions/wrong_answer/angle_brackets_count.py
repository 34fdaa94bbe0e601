# Mistake: < and > are treated as a fourth kind of bracket, although the
# rules say they are ordinary characters: "a < b" is reported unbalanced.
def is_balanced(s: str) -> bool:
    pairs = {")": "(", "]": "[", "}": "{", ">": "<"}
    stack = []
    for c in s:
        if c in "([{<":
            stack.append(c)
        elif c in pairs:
            if not stack or stack.pop() != pairs[c]:
                return False
    return not stack
