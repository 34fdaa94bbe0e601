# Correct, but builds the result with +, copying everything gathered so far
# for every element: O(n^2).
def flatten(data: list) -> list:
    result = []
    for x in data:
        if isinstance(x, (list, tuple)):
            result = result + flatten(x)
        else:
            result = result + [x]
    return result
