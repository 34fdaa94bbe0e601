# MISTAKE: a node's weight doubles as its end-of-word mark and is tested
# with truthiness (`if node.weight:`). A word of weight 0 is then treated
# as absent: suggest skips it and remove answers False for it.
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
        if not node.weight:  # 0 looks like "no word"
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

    def suggest(self, prefix, k):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return []
        found = []
        stack = [(node, prefix)]
        while stack:
            node, text = stack.pop()
            if node.weight:  # skips words of weight 0
                found.append((-node.weight, text))
            for ch, child in node.children.items():
                stack.append((child, text + ch))
        return [word for _, word in heapq.nsmallest(k, found)]
