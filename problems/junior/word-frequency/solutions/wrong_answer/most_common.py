# Mistake: Counter.most_common breaks ties by first appearance in the text,
# not alphabetically.
import sys
from collections import Counter


def main():
    k = int(sys.stdin.readline())
    text = sys.stdin.read()
    cleaned = "".join(ch if ch.isalpha() else " " for ch in text)
    counts = Counter(w.lower() for w in cleaned.split())
    for word, count in counts.most_common(k):
        print(word, count)


main()
