# MISTAKE: __get__ ignores `instance is None`, so reading the attribute on
# the class calls the function with None (AttributeError) instead of
# returning the descriptor: help(), dataclasses, mocks and documentation
# tools all read attributes on the class.
class lazy:
    def __init__(self, func):
        self.func = func
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if self.name is None:
            raise TypeError("no __set_name__")
        value = instance.__dict__[self.name] = self.func(instance)
        return value
