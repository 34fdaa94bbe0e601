import sys


def main():
    k = int(sys.stdin.readline())   # the first line: how many words to print
    text = sys.stdin.read()         # everything after the first line

    # TODO: find the words in `text`, count them (case-insensitively) and
    # print the k most frequent ones as "word count", one per line.


main()
