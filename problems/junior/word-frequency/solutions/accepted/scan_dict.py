import sys


def main():
    k = int(sys.stdin.readline())
    text = sys.stdin.read()

    counts = {}
    current = []
    for ch in text + " ":          # the sentinel space ends the last word
        if ch.isalpha():
            current.append(ch)
        elif current:
            word = "".join(current).lower()
            counts[word] = counts.get(word, 0) + 1
            current = []

    ranked = sorted(counts, key=lambda w: (-counts[w], w))
    for word in ranked[:k]:
        print(word, counts[word])


main()
