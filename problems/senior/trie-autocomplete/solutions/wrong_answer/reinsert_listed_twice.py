# MISTAKE: every trie node keeps a list of the words below it, and insert
# appends the word to each list without checking whether it is already
# stored. Inserting a word again (to change its weight) lists it twice, so
# suggest can return the same word more than once.
import heapq


class Autocomplete:
    def __init__(self):
        self.weight = {}
        self.root = ({}, [])  # (children, words below)

    def insert(self, word, weight):
        self.weight[word] = weight
        node = self.root
        node[1].append(word)
        for ch in word:
            node = node[0].setdefault(ch, ({}, []))
            node[1].append(word)

    def remove(self, word):
        if word not in self.weight:
            return False
        del self.weight[word]
        node = self.root
        node[1].remove(word)  # removes one copy only
        for ch in word:
            node = node[0][ch]
            node[1].remove(word)
        return True

    def suggest(self, prefix, k):
        node = self.root
        for ch in prefix:
            node = node[0].get(ch)
            if node is None:
                return []
        w = self.weight
        alive = [x for x in node[1] if x in w]
        return heapq.nsmallest(k, alive, key=lambda x: (-w[x], x))
