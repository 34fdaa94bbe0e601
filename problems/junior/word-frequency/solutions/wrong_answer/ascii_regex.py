# Mistake: finds words with the ASCII-only pattern [a-z]+, so letters such
# as "é" or Cyrillic split words or are dropped entirely.
import re
import sys
from collections import Counter


def main():
    k = int(sys.stdin.readline())
    text = sys.stdin.read()
    counts = Counter(re.findall(r"[a-z]+", text.lower()))
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    for word, count in ranked[:k]:
        print(word, count)


main()
