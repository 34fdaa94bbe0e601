# Mistake: splits on whitespace only, so punctuation, digits and apostrophes
# stay attached to words ("hello," and "hello" are counted apart, "don't" is
# one word).
import sys
from collections import Counter


def main():
    k = int(sys.stdin.readline())
    text = sys.stdin.read()
    counts = Counter(text.lower().split())
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    for word, count in ranked[:k]:
        print(word, count)


main()
