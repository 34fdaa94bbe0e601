# never flushes: its stdout is a pipe, so the guess waits in the buffer
# while it waits for the answer (sys.stdin.readline does not flush stdout,
# input() does): a deadlock, stopped at the wall-clock limit
import sys

n = int(sys.stdin.readline())
low, high = 1, n
while True:
    guess = (low + high) // 2
    sys.stdout.write(f"{guess}\n")
    answer = sys.stdin.readline().strip()
    if answer == "correct":
        break
    if answer == "higher":
        low = guess + 1
    else:
        high = guess - 1
