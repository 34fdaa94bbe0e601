"""Inputs of size n for measured complexity (problem.toml, [complexity]).

n is the number of operations after the constructor: a cache of capacity
n/4, then puts and gets (half each) of keys from a range of n/2, so that
gets both hit and miss and puts both update and evict. list_order
(time_limit_exceeded) removes from a list of up to n/4 keys, and
timestamp_scan scans every key's time to evict: both quadratic.
Deterministic for a seed."""
import random


def make(n, seed):
    rng = random.Random(seed * 1_000_003 + n)
    keys = max(2, n // 2)
    ops = [["LRUCache", max(1, n // 4)]]
    for _ in range(n):
        k = rng.randrange(keys)
        if rng.random() < 0.5:
            ops.append(["put", k, rng.randrange(10**6)])
        else:
            ops.append(["get", k])
    return ops
