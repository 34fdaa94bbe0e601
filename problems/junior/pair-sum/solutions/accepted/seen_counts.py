def count_pairs(nums: list[int], target: int) -> int:
    # One pass: for each element, the elements before it that complete it to
    # target are exactly the earlier copies of target - x.
    seen: dict[int, int] = {}
    pairs = 0
    for x in nums:
        pairs += seen.get(target - x, 0)
        seen[x] = seen.get(x, 0) + 1
    return pairs
