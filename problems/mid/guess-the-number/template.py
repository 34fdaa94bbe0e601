import sys

n = int(input())
# Guess: print(guess, flush=True), then read the answer with input():
# "higher", "lower" or "correct".
