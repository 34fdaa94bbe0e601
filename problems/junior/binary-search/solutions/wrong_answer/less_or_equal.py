# Mistake: <= instead of < in the comparison, which finds the first element
# greater than x (the position just after the last copy of x) instead of
# the first element >= x.
def first_positions(nums: list[int], queries: list[int]) -> list[int]:
    answers = []
    for x in queries:
        lo, hi = 0, len(nums)
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] <= x:
                lo = mid + 1
            else:
                hi = mid
        answers.append(lo)
    return answers
