# MISTAKE: checks for a cached value with hasattr(instance, self.name),
# which reads the attribute, which calls __get__, which calls hasattr...:
# RecursionError on the first read.
class lazy:
    def __init__(self, func):
        self.func = func
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if hasattr(instance, self.name):
            return getattr(instance, self.name)
        value = instance.__dict__[self.name] = self.func(instance)
        return value
