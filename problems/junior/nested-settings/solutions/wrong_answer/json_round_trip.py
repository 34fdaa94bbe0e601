import json


# Mistake: a JSON round trip does copy everything, but JSON has no tuples:
# every tuple comes back as a list.
def with_setting(settings, path, value):
    result = json.loads(json.dumps(settings))
    node = result
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return result
