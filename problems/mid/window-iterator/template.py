class Windows:
    """An iterator over the sliding windows of an iterable.

    Windows(iterable, size, step=1) yields tuples of `size` consecutive
    items, starting at items 0, step, 2*step, ...; only full windows. It
    takes items from `iterable` lazily, only when next() needs them.
    Raises ValueError at once if size < 1 or step < 1.
    """

    def __init__(self, iterable, size, step=1):
        pass

    def __iter__(self):
        pass

    def __next__(self):
        raise NotImplementedError
