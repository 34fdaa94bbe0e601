# The search keeps the answer inside the half-open range [lo, hi): every
# index before lo holds a value < x, every index from hi on a value >= x.
# Each step halves the range, so a query takes O(log n) steps.
def first_positions(nums: list[int], queries: list[int]) -> list[int]:
    answers = []
    for x in queries:
        lo, hi = 0, len(nums)
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        answers.append(lo)
    return answers
