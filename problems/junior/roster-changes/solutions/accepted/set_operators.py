def roster_changes(old: list[str], new: list[str]) -> dict[str, set[str]]:
    # Build each set once; every operator is then linear in the sets' sizes.
    before, after = set(old), set(new)
    return {
        "joined": after - before,
        "left": before - after,
        "stayed": before & after,
        "changed": before ^ after,
    }
