def _copy(node):
    # Only dicts and lists need copying: everything else here is immutable
    # (tuples hold only immutable values), so it can be shared.
    if isinstance(node, dict):
        return {k: _copy(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_copy(v) for v in node]
    return node


def with_setting(settings, path, value):
    result = _copy(settings)
    node = result
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return result
