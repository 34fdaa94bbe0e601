def count_pairs(nums: list[int], target: int) -> int:
    # Right count, O(n log n), but sorts the caller's list in place: the
    # statement says not to modify nums (the driver checks it).
    nums.sort()
    pairs, i, j = 0, 0, len(nums) - 1
    while i < j:
        s = nums[i] + nums[j]
        if s < target:
            i += 1
        elif s > target:
            j -= 1
        elif nums[i] == nums[j]:
            k = j - i + 1
            pairs += k * (k - 1) // 2
            break
        else:
            a, b = i, j
            while nums[i] == nums[a]:
                i += 1
            while nums[j] == nums[b]:
                j -= 1
            pairs += (i - a) * (b - j)
    return pairs
