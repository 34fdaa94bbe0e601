# MISTAKE: sorts (weight, word) pairs with reverse=True to get the heaviest
# words first, but reverse=True flips the tie-break as well: words of equal
# weight come out in reverse alphabetical order ("care" before "car").
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
            if node.weight is not None:
                found.append((node.weight, text))
            for ch, child in node.children.items():
                stack.append((child, text + ch))
        found.sort(reverse=True)  # ties should be ascending, not descending
        return [word for _, word in found[:k]]
