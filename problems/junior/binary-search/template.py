def first_positions(nums: list[int], queries: list[int]) -> list[int]:
    """For each x in `queries`, return the index of the first element of the
    sorted list `nums` that is >= x (len(nums) if there is none).

    The answers come in the same order as `queries`.
    """
    raise NotImplementedError("write your solution here")
