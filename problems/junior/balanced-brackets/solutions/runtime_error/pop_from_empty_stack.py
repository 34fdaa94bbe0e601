# Crash: a closer pops the stack without checking that something is open,
# so a string such as ")" raises IndexError (pop from empty list) instead
# of returning False.
def is_balanced(s: str) -> bool:
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for c in s:
        if c in "([{":
            stack.append(c)
        elif c in pairs:
            if stack.pop() != pairs[c]:
                return False
    return not stack
