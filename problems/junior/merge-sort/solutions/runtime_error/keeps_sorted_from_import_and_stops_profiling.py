# Not allowed, and once not caught: keeps a reference to sorted() from
# import time (before any call could be swapped) and turns off profile
# hooks (sys.setprofile(None)), which is how the driver used to watch for
# list.sort. problem.toml's `[rules] forbid` removes sorted before the
# module loads, so the reference is to the forbidding function: RE.
import sys

_sorted = sorted


def merge_sort(items: list, key=None) -> list:
    sys.setprofile(None)
    return _sorted(items, key=key)
