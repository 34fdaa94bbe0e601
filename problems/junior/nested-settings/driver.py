"""Calls with_setting, then edits its result the way a caller would.

The driver snapshots the caller's settings (repr: it tells a tuple from a
list and a float from an int), calls with_setting, checks the settings are
unchanged, copies the result (copy.deepcopy, the value compared with the
expected one), then edits the result: a key is added to every dict in it
and an item appended to every list (each container once, even if the
result shares it). If the caller's settings changed by then, the driver
returns a message instead of the result: a wrong answer that says why.
"""

import copy


def run(solution, settings, path, value):
    before = repr(settings)
    result = solution.with_setting(settings, list(path), value)
    if repr(settings) != before:
        return "with_setting changed its argument: " + _short(repr(settings))
    if result is settings:
        return "with_setting returned its argument itself, not a copy"
    answer = copy.deepcopy(result)
    _edit_everything(result)
    if repr(settings) != before:
        return ("the result shares a dict or a list with the argument: editing the result "
                "changed the argument to " + _short(repr(settings)))
    return answer


def _edit_everything(root):
    seen = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        if isinstance(node, dict):
            seen.add(id(node))
            children = list(node.values())
            node["__edited_by_the_caller__"] = True
        elif isinstance(node, list):
            seen.add(id(node))
            children = list(node)
            node.append("edited by the caller")
        else:
            continue
        stack.extend(children)


def _short(text):
    return text if len(text) <= 200 else text[:200] + "..."
