# MISTAKE: keeps the values in a WeakKeyDictionary on the descriptor, keyed
# by instance. That works for ordinary classes, but an instance of a class
# that defines __eq__ (and so has __hash__ = None) cannot be a key: every
# set on it raises TypeError: unhashable type.
import weakref

_MISSING = object()


class Field:
    def __init__(self, type_, *, validator=None, default=_MISSING):
        self.type = type_
        self.validator = validator
        self.default = default
        self.values = weakref.WeakKeyDictionary()

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        try:
            return self.values[instance]
        except KeyError:
            if self.default is _MISSING:
                raise AttributeError(self.name) from None
            return self.default

    def __set__(self, instance, value):
        if isinstance(value, bool) and self.type not in (bool, object):
            raise TypeError(self.name)
        if self.type is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, self.type):
            raise TypeError(self.name)
        if self.validator is not None and not self.validator(value):
            raise ValueError(self.name)
        self.values[instance] = value

    def __delete__(self, instance):
        try:
            del self.values[instance]
        except KeyError:
            raise AttributeError(self.name) from None
