# Mistake: "balanced" read as "symmetric": the brackets must be the mirror
# image of themselves, like "([{}])". That rejects "()[]", which is
# balanced.
def is_balanced(s: str) -> bool:
    brackets = "".join(c for c in s if c in "()[]{}")
    mirrored = brackets[::-1].translate(str.maketrans("()[]{}", ")(][}{"))
    return brackets == mirrored
