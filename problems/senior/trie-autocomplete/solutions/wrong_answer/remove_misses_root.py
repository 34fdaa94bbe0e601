# MISTAKE: every node keeps a dict word -> weight of the words below it.
# insert updates the root's dict before its loop over the characters;
# remove only updates the nodes inside the loop and forgets the root. A
# removed word is gone from every non-empty prefix but suggest("") still
# returns it.
import heapq


class Autocomplete:
    def __init__(self):
        self.root = ({}, {})  # (children, {word: weight} below)

    def insert(self, word, weight):
        node = self.root
        node[1][word] = weight
        for ch in word:
            node = node[0].setdefault(ch, ({}, {}))
            node[1][word] = weight

    def remove(self, word):
        node = self.root
        for ch in word:
            node = node[0].get(ch)
            if node is None or word not in node[1]:
                return False
        node = self.root
        for ch in word:  # the root's dict is never touched
            node = node[0][ch]
            del node[1][word]
        return True

    def suggest(self, prefix, k):
        node = self.root
        for ch in prefix:
            node = node[0].get(ch)
            if node is None:
                return []
        words = node[1]
        return heapq.nsmallest(k, words, key=lambda x: (-words[x], x))
