# Mistake: sorts by (count, word) with reverse=True to get the highest
# counts first, which also reverses the tie-break: equal counts come out in
# reverse alphabetical order.
import sys
from collections import Counter


def main():
    k = int(sys.stdin.readline())
    text = sys.stdin.read()
    cleaned = "".join(ch if ch.isalpha() else " " for ch in text)
    counts = Counter(w.lower() for w in cleaned.split())
    ranked = sorted(counts.items(), key=lambda item: (item[1], item[0]), reverse=True)
    for word, count in ranked[:k]:
        print(word, count)


main()
