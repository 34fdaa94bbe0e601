# MISTAKE: defines __set__ and __delete__ "so that assignment works". That
# makes it a data descriptor, which takes precedence over the instance's
# __dict__: every read goes through __get__ forever, the very cost a lazy
# attribute exists to avoid (assignment already worked without them).
_UNSET = object()


class lazy:
    def __init__(self, func):
        self.func = func
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.name is None:
            raise TypeError("no __set_name__")
        value = instance.__dict__.get(self.name, _UNSET)
        if value is _UNSET:
            value = instance.__dict__[self.name] = self.func(instance)
        return value

    def __set__(self, instance, value):
        instance.__dict__[self.name] = value

    def __delete__(self, instance):
        try:
            del instance.__dict__[self.name]
        except KeyError:
            raise AttributeError(self.name) from None
