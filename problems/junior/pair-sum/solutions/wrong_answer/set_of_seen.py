# Mistake: remembers which values were seen, not how many times, so a value
# repeated k times is counted as if it appeared once.
def count_pairs(nums: list[int], target: int) -> int:
    seen = set()
    pairs = 0
    for x in nums:
        if target - x in seen:
            pairs += 1
        seen.add(x)
    return pairs
