# `low = guess` instead of `guess + 1`: once low and high are neighbours,
# the same guess comes again and again until the guesses run out
n = int(input())
low, high = 1, n
while True:
    guess = (low + high) // 2
    print(guess, flush=True)
    answer = input()
    if answer == "correct":
        break
    if answer == "higher":
        low = guess
    else:
        high = guess - 1
