def count_pairs(nums: list[int], target: int) -> int:
    """Return how many pairs of positions (i, j) with i < j have
    nums[i] + nums[j] == target.

    Equal values at different positions are different elements; an element
    never pairs with itself. Do not modify nums.
    """
    raise NotImplementedError("write your solution here")
