def merge_sort(items: list, key=None) -> list:
    """Return a new list with the elements of `items` in ascending order of
    key(element) (of the element itself when key is None), using merge sort.

    Stable: elements with equal keys keep their original order. `items` must
    not be changed. sorted() and list.sort() are not allowed.
    """
    raise NotImplementedError("write your solution here")
