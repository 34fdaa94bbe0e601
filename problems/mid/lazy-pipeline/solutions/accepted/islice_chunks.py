from itertools import islice


def _parse(line):
    name, value = line.split("=", 1)  # ValueError without '='
    return name.strip(), int(value)


def batched_records(lines, size):
    if size < 1:
        raise ValueError("size must be at least 1")
    stripped = (line.strip() for line in lines)
    wanted = (line for line in stripped if line and not line.startswith("#"))
    records = map(_parse, wanted)
    # islice takes exactly `size` records and no more; an empty chunk
    # (the feed has ended) is the sentinel that stops iter()
    return iter(lambda: list(islice(records, size)), [])
