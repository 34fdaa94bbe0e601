# MISTAKE: suggest appends a word and only then checks whether it has k of
# them with ==. For k = 0 the count is already 1 at the first check and
# never equals 0, so every matching word is returned.
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
            if node.weight is not None:
                found.append((-node.weight, text))
            for ch, child in node.children.items():
                stack.append((child, text + ch))
        result = []
        for _, word in sorted(found):
            result.append(word)
            if len(result) == k:  # never true when k == 0
                break
        return result
