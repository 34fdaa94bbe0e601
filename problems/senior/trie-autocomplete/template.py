class Autocomplete:
    """A dictionary of weighted words that suggests completions of a prefix.

    insert and remove take O(L) time for a word of length L; suggest must not
    look at stored words that do not start with the prefix.
    """

    def __init__(self):
        """Creates an empty dictionary."""
        pass

    def insert(self, word, weight):
        """Stores the non-empty string word with the int weight. If word is
        already stored, its weight is replaced. Returns None."""
        pass

    def remove(self, word):
        """Removes word. Returns True if it was stored, False otherwise
        (then nothing changes)."""
        pass

    def suggest(self, prefix, k):
        """Returns a list of at most k stored words that start with prefix,
        by weight (highest first), ties in Python string order (smallest
        first). An empty prefix matches every word."""
        pass
