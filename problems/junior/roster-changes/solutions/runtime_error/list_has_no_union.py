# Mistake: calls set methods on the lists themselves; a list has no
# .difference (AttributeError).
def roster_changes(old: list[str], new: list[str]) -> dict[str, set[str]]:
    joined = new.difference(old)
    left = old.difference(new)
    stayed = old.intersection(new)
    return {"joined": joined, "left": left, "stayed": stayed, "changed": joined | left}
