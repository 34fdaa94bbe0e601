# Mistake: counts (i, j) and (j, i) as two pairs (no halving), though it does
# skip the element itself.
from collections import Counter


def count_pairs(nums: list[int], target: int) -> int:
    counts = Counter(nums)
    pairs = 0
    for x in nums:
        pairs += counts[target - x]
        if target - x == x:
            pairs -= 1
    return pairs
