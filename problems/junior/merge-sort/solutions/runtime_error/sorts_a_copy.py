# Not allowed: list.sort() on a copy leaves items alone, but it is still the
# built-in sort (the judge catches the call).
def merge_sort(items: list, key=None) -> list:
    result = list(items)
    result.sort(key=key)
    return result
