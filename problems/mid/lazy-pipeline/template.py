def batched_records(lines, size):
    """Lazily turn an iterable of text lines into batches of records.

    Each non-blank, non-comment line "name=value" becomes the tuple
    (name, int(value)); records are grouped into lists of `size` (the last
    one may be shorter). Must return an iterator that reads `lines` only as
    batches are requested: `lines` may never end.
    Raises ValueError if size < 1 or when a malformed line is reached.
    """
    raise NotImplementedError("write your solution here")
