class TopK:
    """A high-score table of the k best runs seen so far.

    Higher scores rank higher; equal scores rank by arrival (earlier
    first). add() should take O(log k) time.
    """

    def __init__(self, k):
        """Creates an empty table with k places (k >= 1)."""
        pass

    def add(self, name, score):
        """Records a run. Returns True if it is on the table right after
        being added, False otherwise."""
        raise NotImplementedError

    def top(self):
        """Returns the table as a new list of (name, score) tuples, best
        first (fewer than k while fewer than k runs have been added)."""
        raise NotImplementedError
