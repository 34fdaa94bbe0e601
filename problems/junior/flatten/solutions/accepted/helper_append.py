def flatten(data: list) -> list:
    out: list = []

    def walk(seq) -> None:
        for x in seq:
            if isinstance(x, (list, tuple)):
                walk(x)
            else:
                out.append(x)

    walk(data)
    return out
