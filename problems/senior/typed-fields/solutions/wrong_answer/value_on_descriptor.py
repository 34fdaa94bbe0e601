# MISTAKE: keeps the value on the descriptor (self.value). There is one
# Field object per class attribute, shared by every instance of the class,
# so setting p.price on one product changes it for all of them.
_MISSING = object()


class Field:
    def __init__(self, type_, *, validator=None, default=_MISSING):
        self.type = type_
        self.validator = validator
        self.default = default
        self.value = _MISSING

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.value is _MISSING:
            if self.default is _MISSING:
                raise AttributeError(self.name)
            return self.default
        return self.value

    def __set__(self, instance, value):
        if isinstance(value, bool) and self.type not in (bool, object):
            raise TypeError(self.name)
        if self.type is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, self.type):
            raise TypeError(self.name)
        if self.validator is not None and not self.validator(value):
            raise ValueError(self.name)
        self.value = value

    def __delete__(self, instance):
        if self.value is _MISSING:
            raise AttributeError(self.name)
        self.value = _MISSING
