# Correct output, but quadratic: words.count(w) scans the whole list of
# words once for every distinct word (about N * D comparisons).
import sys


def main():
    k = int(sys.stdin.readline())
    text = sys.stdin.read()

    words = []
    current = ""
    for ch in text:
        if ch.isalpha():
            current += ch
        else:
            if current:
                words.append(current.lower())
            current = ""
    if current:
        words.append(current.lower())

    counts = {}
    for w in set(words):
        counts[w] = words.count(w)

    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    for word, count in ranked[:k]:
        print(word, count)


main()
