import copy


def with_setting(settings, path, value):
    # deepcopy copies every dict and list (and keeps tuples tuples), so the
    # result shares nothing mutable with settings; then walk and set.
    result = copy.deepcopy(settings)
    node = result
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return result
