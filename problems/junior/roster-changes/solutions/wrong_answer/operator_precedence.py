# Mistake: "everything minus what stayed" written without parentheses.
# `-` binds tighter than `|`, so this is before | (after - stayed): the
# names that stayed are still in it.
def roster_changes(old: list[str], new: list[str]) -> dict[str, set[str]]:
    before, after = set(old), set(new)
    stayed = before & after
    return {
        "joined": after - before,
        "left": before - after,
        "stayed": stayed,
        "changed": before | after - stayed,
    }
