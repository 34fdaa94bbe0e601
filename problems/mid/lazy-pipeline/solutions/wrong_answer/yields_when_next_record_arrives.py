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
        name, value = line.split("=", 1)
        # a full batch only goes out when the NEXT record shows up: the
        # caller waits for (and the feed gives) one record too many
        if len(batch) == size:
            yield batch
            batch = []
        batch.append((name.strip(), int(value)))
    if batch:
        yield batch
