# Correct, and the inner loop runs in C (list.count), but it still looks at
# every later element for every element: O(n^2).
def count_pairs(nums: list[int], target: int) -> int:
    return sum(nums[i + 1:].count(target - x) for i, x in enumerate(nums))
