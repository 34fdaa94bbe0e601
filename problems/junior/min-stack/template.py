class MinStack:
    """A stack of integers that also reports its smallest element.

    Every operation must run in O(1) time.
    """

    def __init__(self):
        """Creates an empty stack."""
        pass

    def push(self, x):
        """Puts the integer x on top of the stack. Returns None."""
        raise NotImplementedError

    def pop(self):
        """Removes the top element and returns it.

        Raises IndexError if the stack is empty.
        """
        raise NotImplementedError

    def top(self):
        """Returns the top element without removing it.

        Raises IndexError if the stack is empty.
        """
        raise NotImplementedError

    def get_min(self):
        """Returns the smallest element currently in the stack.

        Raises IndexError if the stack is empty.
        """
        raise NotImplementedError
