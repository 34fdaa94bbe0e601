class TwoStackQueue:
    """A first-in, first-out queue built from two Python lists that are
    used only as stacks (append to the end, pop from the end).

    Every operation must run in amortized O(1) time.
    """

    def __init__(self):
        """Creates an empty queue."""
        pass

    def enqueue(self, x):
        """Adds x at the back of the queue. Returns None."""
        raise NotImplementedError

    def dequeue(self):
        """Removes the item at the front of the queue and returns it.

        Raises IndexError if the queue is empty.
        """
        raise NotImplementedError

    def peek(self):
        """Returns the item at the front of the queue without removing it.

        Raises IndexError if the queue is empty.
        """
        raise NotImplementedError

    def size(self):
        """Returns the number of items in the queue."""
        raise NotImplementedError

    def is_empty(self):
        """Returns True if the queue holds no items, False otherwise."""
        raise NotImplementedError
