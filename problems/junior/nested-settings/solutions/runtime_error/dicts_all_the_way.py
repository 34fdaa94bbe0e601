import copy


# Mistake: walks the path with dict.get, as if every level were a dict; a
# list has no .get (AttributeError).
def with_setting(settings, path, value):
    result = copy.deepcopy(settings)
    node = result
    for step in path[:-1]:
        node = node.get(step)
    node[path[-1]] = value
    return result
