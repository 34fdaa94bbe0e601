# Too slow: walks nums from the start for every query, O(n) per query and
# O(n * q) in all. Right answers.
def first_positions(nums: list[int], queries: list[int]) -> list[int]:
    answers = []
    for x in queries:
        for i, value in enumerate(nums):
            if value >= x:
                answers.append(i)
                break
        else:
            answers.append(len(nums))
    return answers
