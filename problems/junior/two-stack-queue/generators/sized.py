"""Inputs of size n for measured complexity (problem.toml, [complexity]).

n is the number of operations after the constructor: enqueues, and peeks
and dequeues about half as often, so that the queue grows to about n/4
and never runs empty. move_back_every_time (time_limit_exceeded) moves
the whole queue twice on every peek and dequeue: quadratic.
Deterministic for a seed."""
import random


def make(n, seed):
    rng = random.Random(seed * 1_000_003 + n)
    ops = [["TwoStackQueue"]]
    size = 0
    while len(ops) <= n:
        r = rng.random()
        if size and r < 0.25:
            ops.append(["dequeue"])
            size -= 1
        elif size and r < 0.4:
            ops.append(["peek"])
        elif r < 0.45:
            ops.append(["size"])
        else:
            ops.append(["enqueue", rng.randrange(10**6)])
            size += 1
    return ops
