from itertools import islice


def batched_records(lines, size):
    if size < 1:
        raise ValueError("size must be at least 1")
    return _batches(lines, size)


def _batches(lines, size):
    records = (_parse(line.strip()) for line in lines if _wanted(line))
    batch = list(islice(records, size))
    while batch:
        # "double buffering": reads the following batch before handing
        # out this one
        following = list(islice(records, size))
        yield batch
        batch = following


def _wanted(line):
    line = line.strip()
    return bool(line) and not line.startswith("#")


def _parse(line):
    name, value = line.split("=", 1)
    return name.strip(), int(value)
