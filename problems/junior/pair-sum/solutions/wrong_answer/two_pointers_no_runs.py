# Mistake: sort + two pointers, counting one pair per match and moving both
# pointers, so runs of equal values are undercounted ([2, 2, 2] with target 4
# gives 1 instead of 3).
def count_pairs(nums: list[int], target: int) -> int:
    a = sorted(nums)
    i, j = 0, len(a) - 1
    pairs = 0
    while i < j:
        s = a[i] + a[j]
        if s == target:
            pairs += 1
            i += 1
            j -= 1
        elif s < target:
            i += 1
        else:
            j -= 1
    return pairs
