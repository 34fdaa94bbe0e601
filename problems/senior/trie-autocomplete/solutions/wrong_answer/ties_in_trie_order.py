# MISTAKE: sorts the collected words by weight only and relies on the sort
# being stable. Equal weights then keep the order the depth-first walk met
# them in, which follows the order the children were created (insertion
# order of the dict), not alphabetical order.
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
        if node.weight is not None:
            out.append((text, node.weight))
        for ch, child in node.children.items():
            self._collect(child, text + ch, out)

    def suggest(self, prefix, k):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return []
        found = []
        self._collect(node, prefix, found)
        found.sort(key=lambda pair: -pair[1])  # no tie-break on the word
        return [word for word, _ in found[:k]]
