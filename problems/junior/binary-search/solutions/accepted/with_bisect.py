# bisect_left is exactly "the first index whose value is >= x".
from bisect import bisect_left


def first_positions(nums: list[int], queries: list[int]) -> list[int]:
    return [bisect_left(nums, x) for x in queries]
