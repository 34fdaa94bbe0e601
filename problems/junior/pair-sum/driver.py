"""Calls count_pairs and checks afterwards that it left `nums` as it was:
the statement says not to modify it (the caller still owns that list). A
changed list is reported as the result, so it shows up as a wrong answer
that says what happened."""


def run(solution, nums, target):
    before = list(nums)
    result = solution.count_pairs(nums, target)
    if nums != before:
        return {"error": "count_pairs modified its nums argument"}
    return result
