# Mistake: difference is not symmetric, and this reads `old - new` as
# "what is new in the new list".
def roster_changes(old: list[str], new: list[str]) -> dict[str, set[str]]:
    before, after = set(old), set(new)
    return {
        "joined": before - after,
        "left": after - before,
        "stayed": before & after,
        "changed": before ^ after,
    }
