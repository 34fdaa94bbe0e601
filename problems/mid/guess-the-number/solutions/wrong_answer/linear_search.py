# tries 1, 2, 3, ...: right, but far more guesses than allowed
n = int(input())
for guess in range(1, n + 1):
    print(guess, flush=True)
    if input() == "correct":
        break
