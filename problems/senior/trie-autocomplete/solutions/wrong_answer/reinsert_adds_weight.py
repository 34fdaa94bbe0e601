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
        return True

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
