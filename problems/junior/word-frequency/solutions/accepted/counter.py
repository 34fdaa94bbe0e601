import sys
from collections import Counter


def main():
    first, _, text = sys.stdin.read().partition("\n")
    k = int(first)

    # Every character that is not a letter separates words: turn each such
    # character into a space, then split on whitespace.
    separators = {ord(ch): " " for ch in set(text) if not ch.isalpha()}
    words = [w.lower() for w in text.translate(separators).split()]

    counts = Counter(words)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    out = [f"{word} {count}" for word, count in ranked[:k]]
    if out:
        sys.stdout.write("\n".join(out) + "\n")


main()
