# Mistake (off by one): the range starts as [0, len(nums) - 1], so the
# answer len(nums) can never come out. A query above every element gets
# len(nums) - 1 instead of len(nums).
def first_positions(nums: list[int], queries: list[int]) -> list[int]:
    answers = []
    for x in queries:
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        answers.append(lo)
    return answers
