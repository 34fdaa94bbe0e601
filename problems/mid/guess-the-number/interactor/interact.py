"""The guessing game's interactor (Kattis protocol):

    interact.py input answer feedback_dir/ < solution_stdout > solution_stdin

input: `N SEED`; answer: the number of guesses allowed, ceil(log2(N)) + 1.

ADAPTIVE: there is no secret. The interactor keeps the range of numbers
consistent with every answer so far, and answers each guess so that the
larger part stays possible (ties broken by SEED): a lucky guess does not
win, and only a guess that leaves one number is "correct". A binary search
needs at most ceil(log2(N + 1)) <= ceil(log2(N)) + 1 guesses.
"""
import random
import sys

input_file, answer_file, feedback = sys.argv[1:4]
with open(input_file) as f:
    n, seed = map(int, f.read().split())
with open(answer_file) as f:
    allowed = int(f.read())
rng = random.Random(seed)


def reject(message):
    with open(feedback + "judgemessage.txt", "w") as f:
        f.write(message)
    sys.exit(43)


def say(line):
    try:
        print(line, flush=True)
    except BrokenPipeError:
        reject("the solution stopped reading the answers")


say(n)
low, high = 1, n
for guesses in range(1, allowed + 1):
    line = sys.stdin.readline()
    if not line:
        reject(f"the solution ended after {guesses - 1} guesses without finding the number")
    try:
        guess = int(line)
    except ValueError:
        reject(f"guess {guesses}: not a whole number: {line.strip()[:50]!r}")
    if not 1 <= guess <= n:
        reject(f"guess {guesses}: {guess} is not between 1 and {n}")
    if low == high == guess:
        say("correct")
        extra = sys.stdin.read()
        if extra.strip():
            reject(f"the solution wrote more after the number was found: {extra.strip()[:50]!r}")
        sys.exit(42)
    # the answer that leaves more numbers possible
    below, above = max(0, min(high, guess - 1) - low + 1), max(0, high - max(low, guess + 1) + 1)
    if above > below or (above == below and rng.random() < 0.5):
        low = max(low, guess + 1)
        say("higher")
    else:
        high = min(high, guess - 1)
        say("lower")
reject(f"no guesses left: {allowed} were allowed for N = {n}, and {high - low + 1} numbers were still possible")
