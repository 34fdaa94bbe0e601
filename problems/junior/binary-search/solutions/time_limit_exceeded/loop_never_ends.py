# Never finishes: mixes the closed-range loop condition (lo <= hi) with the
# half-open update (hi = mid). Once lo == hi and nums[mid] >= x, nothing
# changes any more and the loop runs forever. That happens for every query
# that is not above every element.
def first_positions(nums: list[int], queries: list[int]) -> list[int]:
    answers = []
    for x in queries:
        lo, hi = 0, len(nums) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        answers.append(lo)
    return answers
