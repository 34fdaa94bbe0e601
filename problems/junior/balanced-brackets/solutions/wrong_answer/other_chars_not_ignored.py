# Mistake: anything that is not an opener is treated as a closer, so any
# letter, space or digit makes the string unbalanced.
def is_balanced(s: str) -> bool:
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for c in s:
        if c in "([{":
            stack.append(c)
        elif not stack or stack.pop() != pairs.get(c):
            return False
    return not stack
