import heapq


class Autocomplete:
    """A trie whose every node keeps the set of stored words below it, and a
    dict of weights. suggest is then one walk down the prefix and a heap
    over that node's set; insert and remove touch one set per character."""

    def __init__(self):
        self._weight = {}
        self._root = ({}, set())  # (children by character, words below)

    def insert(self, word, weight):
        if word not in self._weight:
            node = self._root
            node[1].add(word)
            for ch in word:
                children = node[0]
                if ch not in children:
                    children[ch] = ({}, set())
                node = children[ch]
                node[1].add(word)
        self._weight[word] = weight

    def remove(self, word):
        if word not in self._weight:
            return False
        del self._weight[word]
        node = self._root
        node[1].discard(word)
        for ch in word:
            child = node[0][ch]
            child[1].discard(word)
            if not child[1]:
                del node[0][ch]  # nothing left below: drop the branch
                break
            node = child
        return True

    def suggest(self, prefix, k):
        if k <= 0:
            return []
        node = self._root
        for ch in prefix:
            node = node[0].get(ch)
            if node is None:
                return []
        weight = self._weight
        return heapq.nsmallest(k, node[1], key=lambda w: (-weight[w], w))
