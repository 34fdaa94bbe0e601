def roster_changes(old: list[str], new: list[str]) -> dict[str, set[str]]:
    # The same result with explicit loops: each `in` is a set lookup, O(1)
    # on average.
    before, after = set(old), set(new)
    joined, left, stayed = set(), set(), set()
    for name in after:
        if name in before:
            stayed.add(name)
        else:
            joined.add(name)
    for name in before:
        if name not in after:
            left.add(name)
    return {"joined": joined, "left": left, "stayed": stayed, "changed": joined | left}
