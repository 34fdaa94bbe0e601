# MISTAKE: written like a frequency counter: insert adds the weight to what
# the word already had instead of replacing it, so inserting a word twice
# counts it twice.
class _Node:
    __slots__ = ("children", "is_word", "weight")

    def __init__(self):
        self.children = {}
        self.is_word = False
        self.weight = 0


class Autocomplete:
    def __init__(self):
        self.root = _Node()

    def insert(self, word, weight):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, _Node())
        node.is_word = True
        node.weight += weight  # should be: node.weight = weight

    def remove(self, word):
        node = self.root
        for ch in word:
            node = node.children.get(ch)
            if node is None:
                return False
        if not node.is_word:
            return False
        node.is_word = False
        node.weight = 0
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
            if child.is_word or child.children:
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
            if node.is_word:
                found.append((-node.weight, text))
            for ch, child in node.children.items():
                stack.append((child, text + ch))
        found.sort()
        return [word for _, word in found[:k]]
