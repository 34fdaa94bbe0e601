import copy


# Mistake: copies the containers along the path (so the argument itself is
# never changed), but everything off the path is shared: when the caller
# later edits the result, the original changes with it.
def with_setting(settings, path, value):
    result = copy.copy(settings)
    node = result
    for step in path[:-1]:
        node[step] = copy.copy(node[step])
        node = node[step]
    node[path[-1]] = value
    return result
