# MISTAKE: a plain isinstance() check. bool is a subclass of int, so True
# and False slip into int (and, through the int rule, float) fields.
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
        if self.type is float and isinstance(value, int):
            value = float(value)
        if not isinstance(value, self.type):
            raise TypeError(f"{self.name} must be {self.type.__name__}")
        if self.validator is not None and not self.validator(value):
            raise ValueError(self.name)
        instance.__dict__[self.name] = value

    def __delete__(self, instance):
        if self.name not in instance.__dict__:
            raise AttributeError(self.name)
        del instance.__dict__[self.name]
