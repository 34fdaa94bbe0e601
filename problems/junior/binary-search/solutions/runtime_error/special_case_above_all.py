# Crash: the search range is [0, len(nums) - 1] and a special case handles
# queries above every element, but it reads nums[-1] without checking that
# nums is not empty: IndexError on an empty list.
def first_positions(nums: list[int], queries: list[int]) -> list[int]:
    answers = []
    for x in queries:
        if x > nums[-1]:
            answers.append(len(nums))
            continue
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        answers.append(lo)
    return answers
