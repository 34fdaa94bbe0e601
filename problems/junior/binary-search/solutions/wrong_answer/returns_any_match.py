# Mistake: the textbook search that stops as soon as nums[mid] == x. With
# repeated values that is some copy of x, not necessarily the first one.
def first_positions(nums: list[int], queries: list[int]) -> list[int]:
    answers = []
    for x in queries:
        lo, hi = 0, len(nums) - 1
        found = None
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == x:
                found = mid
                break
            if nums[mid] < x:
                lo = mid + 1
            else:
                hi = mid - 1
        answers.append(found if found is not None else lo)
    return answers
