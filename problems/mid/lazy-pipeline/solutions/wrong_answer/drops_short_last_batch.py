from itertools import islice


def batched_records(lines, size):
    if size < 1:
        raise ValueError("size must be at least 1")
    stripped = (line.strip() for line in lines)
    records = ((n.strip(), int(v)) for n, v in
               (line.split("=", 1) for line in stripped if line and not line.startswith("#")))
    return _full_batches(records, size)


def _full_batches(records, size):
    # stops at the first batch that is not full: the short last batch is lost
    while len(batch := list(islice(records, size))) == size:
        yield batch
