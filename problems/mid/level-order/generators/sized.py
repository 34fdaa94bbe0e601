"""Inputs of size n for measured complexity (problem.toml, [complexity]).

n is the number of nodes: a random tree about n/2 levels deep (a spine
that turns left or right at random, each spine node with a leaf or a
small subtree on its other side), in the statement's level-order
encoding, values 0 .. n-1 shuffled. rescan_each_depth
(time_limit_exceeded) walks the tree again from the root for every level:
O(n * depth), quadratic here. Deterministic for a seed."""
import random
from collections import deque


def make(n, seed):
    rng = random.Random(seed * 1_000_003 + n)
    if n == 0:
        return [[]]
    values = list(range(n))
    rng.shuffle(values)
    left, right = [None] * n, [None] * n
    used = 1
    spine = 0
    while used < n:
        side = rng.random() < 0.5
        nxt = used
        used += 1
        (left if side else right)[spine] = nxt
        if used < n:                           # a leaf on the other side
            (right if side else left)[spine] = used
            used += 1
        spine = nxt
    # level-order encoding
    out, queue = [values[0]], deque([0])
    while queue:
        i = queue.popleft()
        for child in (left[i], right[i]):
            if child is None:
                out.append(None)
            else:
                out.append(values[child])
                queue.append(child)
    while out and out[-1] is None:
        out.pop()
    return [out]
