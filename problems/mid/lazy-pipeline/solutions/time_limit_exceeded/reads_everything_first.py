def batched_records(lines, size):
    # Returns a generator, but only after reading the whole feed into a
    # list: on a feed that never ends, that never happens.
    if size < 1:
        raise ValueError("size must be at least 1")
    records = []
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            name, value = line.split("=", 1)
            records.append((name.strip(), int(value)))
    return (records[i:i + size] for i in range(0, len(records), size))
