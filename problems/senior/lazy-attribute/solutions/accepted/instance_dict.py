class lazy:
    """A non-data descriptor (no __set__, no __delete__): once the value is
    in the instance's __dict__ under the attribute's name, attribute lookup
    finds it there first and never calls __get__ again. Assignment and
    deletion are plain instance-dict operations."""

    def __init__(self, func):
        self.func = func
        self.name = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.name is None:
            raise TypeError("lazy attribute used without __set_name__ (assign it in a class body)")
        value = self.func(instance)
        instance.__dict__[self.name] = value
        return value
