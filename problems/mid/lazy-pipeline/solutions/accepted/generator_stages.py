def _records(lines):
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, sep, value = line.partition("=")
        if not sep:
            raise ValueError(f"expected name=value, got {line!r}")
        yield name.strip(), int(value)


def _batches(records, size):
    batch = []
    for record in records:
        batch.append(record)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def batched_records(lines, size):
    # validated here, when called: a generator function would only raise
    # at the first next()
    if size < 1:
        raise ValueError("size must be at least 1")
    return _batches(_records(lines), size)
