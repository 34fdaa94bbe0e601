# CRASH: the textbook trie with 26 child slots per node, indexed by
# ord(ch) - ord("a"). It only works for lowercase a-z: any other character
# (an accented letter, a CJK character, an emoji) indexes past the end of
# the array and raises IndexError. (Uppercase letters and digits are worse:
# their negative index silently lands in another letter's slot.)
import heapq


class _Node:
    __slots__ = ("children", "weight")

    def __init__(self):
        self.children = [None] * 26
        self.weight = None


class Autocomplete:
    def __init__(self):
        self.root = _Node()

    def insert(self, word, weight):
        node = self.root
        for ch in word:
            i = ord(ch) - ord("a")
            if node.children[i] is None:
                node.children[i] = _Node()
            node = node.children[i]
        node.weight = weight

    def _find(self, text):
        node = self.root
        for ch in text:
            node = node.children[ord(ch) - ord("a")]
            if node is None:
                return None
        return node

    def remove(self, word):
        node = self._find(word)
        if node is None or node.weight is None:
            return False
        node.weight = None
        return True

    def suggest(self, prefix, k):
        node = self._find(prefix)
        if node is None:
            return []
        found = []
        stack = [(node, prefix)]
        while stack:
            node, text = stack.pop()
            if node.weight is not None:
                found.append((-node.weight, text))
            for i, child in enumerate(node.children):
                if child is not None:
                    stack.append((child, text + chr(ord("a") + i)))
        return [word for _, word in heapq.nsmallest(k, found)]
