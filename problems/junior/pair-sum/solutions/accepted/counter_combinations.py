from collections import Counter


def count_pairs(nums: list[int], target: int) -> int:
    # Count each value once, then combine value groups: x with target - x
    # (each unordered group pair once), and a value equal to its own
    # complement with itself: C(c, 2).
    counts = Counter(nums)
    pairs = 0
    for x, c in counts.items():
        y = target - x
        if x < y:
            pairs += c * counts.get(y, 0)
        elif x == y:
            pairs += c * (c - 1) // 2
    return pairs
