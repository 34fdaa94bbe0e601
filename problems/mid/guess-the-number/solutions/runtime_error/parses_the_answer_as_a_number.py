# expects the answer as -1/0/1, and crashes on "higher"
n = int(input())
low, high = 1, n
while True:
    guess = (low + high) // 2
    print(guess, flush=True)
    answer = int(input())
    if answer == 0:
        break
    if answer > 0:
        low = guess + 1
    else:
        high = guess - 1
