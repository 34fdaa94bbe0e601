# Mistake: list comprehensions with set lookups are fast, but they return
# lists: duplicates in the input come out twice, and a list is not a set.
def roster_changes(old: list[str], new: list[str]) -> dict[str, set[str]]:
    before, after = set(old), set(new)
    joined = [name for name in new if name not in before]
    left = [name for name in old if name not in after]
    return {
        "joined": joined,
        "left": left,
        "stayed": [name for name in new if name in before],
        "changed": joined + left,
    }
