# Correct, but `name not in old` scans the list old for every name of new:
# O(len(old) * len(new)).
def roster_changes(old: list[str], new: list[str]) -> dict[str, set[str]]:
    joined = {name for name in new if name not in old}
    left = {name for name in old if name not in new}
    stayed = {name for name in new if name in old}
    return {"joined": joined, "left": left, "stayed": stayed, "changed": joined | left}
