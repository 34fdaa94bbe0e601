# MISTAKE: caches the value on the descriptor. There is one lazy object
# per class attribute, shared by every instance: the first instance's
# value is returned for all of them.
_UNSET = object()


class lazy:
    def __init__(self, func):
        self.func = func
        self.value = _UNSET
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.name is None:
            raise TypeError("no __set_name__")
        if self.value is _UNSET:
            self.value = self.func(instance)
        return self.value
