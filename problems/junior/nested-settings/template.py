def with_setting(settings: dict, path: list, value) -> dict:
    """Return a copy of settings with the setting at path set to value.

    settings must not change, and must not share any dict or list with the
    result: the caller will edit the result.
    """
    raise NotImplementedError("write your solution here")
