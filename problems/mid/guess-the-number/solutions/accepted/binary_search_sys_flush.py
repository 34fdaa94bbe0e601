import sys

n = int(sys.stdin.readline())
low, high = 1, n
while low <= high:
    guess = (low + high) // 2
    sys.stdout.write(f"{guess}\n")
    sys.stdout.flush()
    answer = sys.stdin.readline().strip()
    if answer == "correct":
        break
    if answer == "higher":
        low = guess + 1
    else:
        high = guess - 1
