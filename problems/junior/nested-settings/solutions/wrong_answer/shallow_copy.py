# Mistake: dict.copy() copies only the top dict; the nested dicts and
# lists are the same objects in both, so setting a nested value changes the
# caller's settings too.
def with_setting(settings, path, value):
    result = settings.copy()
    node = result
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return result
