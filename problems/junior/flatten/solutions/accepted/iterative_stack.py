def flatten(data: list) -> list:
    # A stack of iterators instead of recursion: no depth limit at all.
    out = []
    stack = [iter(data)]
    while stack:
        for x in stack[-1]:
            if isinstance(x, (list, tuple)):
                stack.append(iter(x))
                break
            out.append(x)
        else:
            stack.pop()
    return out
