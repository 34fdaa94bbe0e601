"""Inputs of size n for measured complexity (problem.toml, [complexity]).

n netstrings of 0 to 6 letters, cut at random places into chunks of about
8 frames' worth of bytes each (so n/8 sends), then the end.
reparse_everything (time_limit_exceeded) decodes the whole stream again
on each send: quadratic. Deterministic for a seed."""
import random


def frames(n, rng):
    return [bytes(rng.choice(b"abcdefghij") for _ in range(rng.randrange(7))) for _ in range(n)]


def encode(payloads):
    return b"".join(b"%d:%s," % (len(p), p) for p in payloads)


def make(n, seed):
    rng = random.Random(seed * 1_000_003 + n)
    stream = encode(frames(n, rng))
    chunks, pos = [], 0
    while pos < len(stream):
        step = rng.randrange(1, 64)
        chunks.append(stream[pos:pos + step])
        pos += step
    return [chunks + [b""], 100]
