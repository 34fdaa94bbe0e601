# Mistake: assumes there are always at least K distinct words and indexes
# ranked[i] for every i < K. With fewer distinct words (or an empty text)
# this raises IndexError.
import sys
from collections import Counter


def main():
    k = int(sys.stdin.readline())
    text = sys.stdin.read()
    cleaned = "".join(ch if ch.isalpha() else " " for ch in text)
    counts = Counter(w.lower() for w in cleaned.split())
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    for i in range(k):
        word, count = ranked[i]
        print(word, count)


main()
