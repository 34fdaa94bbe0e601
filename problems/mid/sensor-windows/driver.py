"""Hands window_sums its readings as a one-pass iterator.

A test either lists the readings itself (args: [readings, queries]), or
asks for a long log made from a seed (kwargs: {"generate": {...}}, see
make_readings and make_queries): millions of readings made lazily, in
chunks, so that the log itself never sits in memory as a list; only the
solution decides what it keeps.
"""
import random
from array import array

# readings are made in chunks of this many
CHUNK = 1 << 16


def make_readings(n, seed):
    """n readings in [0, 2**40), from a seed: little-endian 5-byte values,
    spread into 8-byte slots (an array of unsigned 64-bit ints), a chunk
    at a time."""
    rng = random.Random(seed)
    left = n
    while left:
        k = min(CHUNK, left)
        raw = rng.randbytes(5 * k)
        slots = bytearray(8 * k)
        for i in range(5):
            slots[i::8] = raw[i::5]
        yield from array("Q", bytes(slots))
        left -= k


def make_queries(n, count, seed):
    """`count` windows (start, stop) with 0 <= start <= stop <= n: most
    long, some short, some empty, the whole log once."""
    rng = random.Random(seed + 1)
    out = [(0, n)]
    while len(out) < count:
        kind = rng.random()
        if kind < 0.1:
            start = rng.randint(0, n)
            out.append((start, start))
        elif kind < 0.3:
            start = rng.randint(0, n)
            out.append((start, min(n, start + rng.randint(1, 100))))
        else:
            a, b = rng.randint(0, n), rng.randint(0, n)
            out.append((min(a, b), max(a, b)))
    return out


def run(solution, readings=None, queries=None, *, generate=None):
    if generate is not None:
        n, seed = generate["n"], generate["seed"]
        stream = make_readings(n, seed)
        queries = make_queries(n, generate["queries"], seed)
    else:
        stream = iter(readings)
        queries = [tuple(q) for q in queries]
    return solution.window_sums(stream, queries)
