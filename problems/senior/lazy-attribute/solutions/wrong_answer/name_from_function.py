# MISTAKE: no __set_name__; the value is stored under the function's
# __name__. That is the attribute's name only when the lazy is used as a
# decorator: `perimeter = lazy(_perimeter)` caches under "_perimeter", and
# one function under two attributes shares one slot.
class lazy:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.name in instance.__dict__:
            return instance.__dict__[self.name]
        value = self.func(instance)
        instance.__dict__[self.name] = value
        return value
