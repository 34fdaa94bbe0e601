import heapq


class _Node:
    __slots__ = ("children", "weight")

    def __init__(self):
        self.children = {}
        self.weight = None  # None: no stored word ends at this node


class Autocomplete:
    """trie_dfs.py with a remove that only clears the word's weight: the
    answers are right, but dead branches pile up, and after many removals
    each suggest walks thousands of empty nodes."""

    def __init__(self):
        self._root = _Node()

    def insert(self, word, weight):
        node = self._root
        for ch in word:
            child = node.children.get(ch)
            if child is None:
                child = node.children[ch] = _Node()
            node = child
        node.weight = weight  # a second insert replaces the weight

    def remove(self, word):
        path = [self._root]
        for ch in word:
            node = path[-1].children.get(ch)
            if node is None:
                return False
            path.append(node)
        if path[-1].weight is None:
            return False  # only a prefix of other words
        path[-1].weight = None
        # Wrong: the nodes that no longer lead to any word stay in the trie,
        # and every later suggest below them walks them all.
        return True

    def _find(self, prefix):
        node = self._root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def suggest(self, prefix, k):
        if k <= 0:
            return []
        start = self._find(prefix)
        if start is None:
            return []
        found = []
        stack = [(start, prefix)]
        while stack:
            node, text = stack.pop()
            if node.weight is not None:
                found.append((-node.weight, text))
            for ch, child in node.children.items():
                stack.append((child, text + ch))
        return [word for _, word in heapq.nsmallest(k, found)]
