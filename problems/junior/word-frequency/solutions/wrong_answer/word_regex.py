# Mistake: uses \w+ to find words, but \w also matches digits and the
# underscore, so "abc123def" is one word instead of two and "4" counts as a
# word.
import re
import sys
from collections import Counter


def main():
    k = int(sys.stdin.readline())
    text = sys.stdin.read()
    counts = Counter(re.findall(r"\w+", text.lower()))
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    for word, count in ranked[:k]:
        print(word, count)


main()
