# Mistake: counts complements over the whole list, so when 2 * x == target an
# element is paired with itself; the halving then cannot fix it.
from collections import Counter


def count_pairs(nums: list[int], target: int) -> int:
    counts = Counter(nums)
    return sum(counts[target - x] for x in nums) // 2
