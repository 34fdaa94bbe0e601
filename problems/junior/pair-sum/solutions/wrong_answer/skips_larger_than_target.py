# Mistake: "prunes" values larger than the target, which is only valid when
# all numbers are non-negative: 5 + (-1) == 4 is lost.
def count_pairs(nums: list[int], target: int) -> int:
    seen: dict[int, int] = {}
    pairs = 0
    for x in nums:
        if x > target:
            continue
        pairs += seen.get(target - x, 0)
        seen[x] = seen.get(x, 0) + 1
    return pairs
