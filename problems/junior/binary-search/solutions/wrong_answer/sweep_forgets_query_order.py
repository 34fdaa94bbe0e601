# Mistake: sorts the queries to sweep through nums once, and returns the
# answers in sorted-query order instead of the order the queries came in.
def first_positions(nums: list[int], queries: list[int]) -> list[int]:
    answers = []
    i = 0
    for x in sorted(queries):
        while i < len(nums) and nums[i] < x:
            i += 1
        answers.append(i)
    return answers
