# Mistake: one counter per kind of bracket, each of which must never go
# negative and must end at zero. That checks each kind on its own but not
# how the kinds nest: "{[}]" passes although } closes the [.
def is_balanced(s: str) -> bool:
    depth = {"(": 0, "[": 0, "{": 0}
    opener_of = {")": "(", "]": "[", "}": "{"}
    for c in s:
        if c in depth:
            depth[c] += 1
        elif c in opener_of:
            depth[opener_of[c]] -= 1
            if depth[opener_of[c]] < 0:
                return False
    return all(v == 0 for v in depth.values())
