# Not allowed: the built-in does the work (the judge makes sorted() raise).
def merge_sort(items: list, key=None) -> list:
    return sorted(items, key=key)
