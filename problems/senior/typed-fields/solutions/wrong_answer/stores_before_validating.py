# MISTAKE: stores the new value first and validates it afterwards. The
# ValueError is raised, but the rejected value has already replaced the old
# one.
_MISSING = object()


class Field:
    def __init__(self, type_, *, validator=None, default=_MISSING):
        self.type = type_
        self.validator = validator
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.name in instance.__dict__:
            return instance.__dict__[self.name]
        if self.default is _MISSING:
            raise AttributeError(self.name)
        return self.default

    def __set__(self, instance, value):
        if isinstance(value, bool) and self.type not in (bool, object):
            raise TypeError(self.name)
        if self.type is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, self.type):
            raise TypeError(self.name)
        instance.__dict__[self.name] = value
        if self.validator is not None and not self.validator(value):
            raise ValueError(self.name)

    def __delete__(self, instance):
        if self.name not in instance.__dict__:
            raise AttributeError(self.name)
        del instance.__dict__[self.name]
