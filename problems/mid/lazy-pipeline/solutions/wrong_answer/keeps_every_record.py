def batched_records(lines, size):
    """Lazy and right, but every record ever parsed stays in one growing
    list and each batch is a slice of it: memory grows with the feed, not
    with one batch (the statement's promise), so a long feed exhausts it."""
    if size < 1:
        raise ValueError("size must be at least 1")
    records = []
    start = 0
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, value = line.split("=", 1)
        records.append((name.strip(), int(value)))
        if len(records) - start == size:
            yield records[start:]
            start = len(records)
    if len(records) > start:
        yield records[start:]
