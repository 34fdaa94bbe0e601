def roster_changes(old: list[str], new: list[str]) -> dict[str, set[str]]:
    """Return {"joined": ..., "left": ..., "stayed": ..., "changed": ...},
    each a set of names: in new only, in old only, in both, and in exactly
    one of the two. Do not modify old or new.
    """
    raise NotImplementedError("write your solution here")
