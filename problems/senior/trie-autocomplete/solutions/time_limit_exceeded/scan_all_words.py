# TOO SLOW: a plain dict of weights, and suggest() checks every stored word
# with startswith(). Always right, but each call costs O(n * |prefix|) even
# when only a handful of words match, so many suggest() calls on a large
# dictionary are O(n * q).
import heapq


class Autocomplete:
    def __init__(self):
        self.weights = {}

    def insert(self, word, weight):
        self.weights[word] = weight

    def remove(self, word):
        if word in self.weights:
            del self.weights[word]
            return True
        return False

    def suggest(self, prefix, k):
        matches = [(-w, word) for word, w in self.weights.items() if word.startswith(prefix)]
        return [word for _, word in heapq.nsmallest(k, matches)]
