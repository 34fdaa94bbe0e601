# MISTAKE: the recursive collector looks at each child's end-of-word mark
# before descending into it, so the node it starts from (the prefix's own
# node) is never checked: when the prefix is itself a stored word, that
# word is missing from the suggestions.
import heapq


class _Node:
    __slots__ = ("children", "weight")

    def __init__(self):
        self.children = {}
        self.weight = None


class Autocomplete:
    def __init__(self):
        self.root = _Node()

    def insert(self, word, weight):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, _Node())
        node.weight = weight

    def remove(self, word):
        node = self.root
        for ch in word:
            node = node.children.get(ch)
            if node is None:
                return False
        if node.weight is None:
            return False
        node.weight = None
        self._prune(word)
        return True

    def _prune(self, word):
        # Drop the nodes that no longer lead to any word, as the accepted
        # solutions do (not this solution's mistake).
        path = [self.root]
        for ch in word:
            nxt = path[-1].children.get(ch)
            if nxt is None:
                break
            path.append(nxt)
        for i in range(len(path) - 2, -1, -1):
            child = path[i + 1]
            if child.weight is not None or child.children:
                break
            del path[i].children[word[i]]

    def _collect(self, node, text, out):
        for ch, child in node.children.items():
            if child.weight is not None:
                out.append((-child.weight, text + ch))
            self._collect(child, text + ch, out)

    def suggest(self, prefix, k):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return []
        found = []
        self._collect(node, prefix, found)  # node itself is never checked
        return [word for _, word in heapq.nsmallest(k, found)]
