# Mistake: forgets to lowercase, so "The", "the" and "THE" are three
# different words (and words are printed in their original case).
import sys
from collections import Counter


def main():
    k = int(sys.stdin.readline())
    text = sys.stdin.read()
    cleaned = "".join(ch if ch.isalpha() else " " for ch in text)
    counts = Counter(cleaned.split())
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    for word, count in ranked[:k]:
        print(word, count)


main()
