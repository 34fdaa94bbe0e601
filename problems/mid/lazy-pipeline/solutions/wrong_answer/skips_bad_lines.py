def batched_records(lines, size):
    if size < 1:
        raise ValueError("size must be at least 1")
    return _batches(lines, size)


def _batches(lines, size):
    batch = []
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            name, value = line.split("=", 1)
            record = (name.strip(), int(value))
        except ValueError:
            continue  # silently drops malformed lines instead of failing
        batch.append(record)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
