# Offline: answer the queries in increasing order with one pointer that only
# moves forward through nums, then put the answers back in query order.
# O(n + q log q), no binary search at all.
def first_positions(nums: list[int], queries: list[int]) -> list[int]:
    answers = [0] * len(queries)
    i = 0
    for q in sorted(range(len(queries)), key=queries.__getitem__):
        x = queries[q]
        while i < len(nums) and nums[i] < x:
            i += 1
        answers[q] = i
    return answers
