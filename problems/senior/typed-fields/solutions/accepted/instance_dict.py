_MISSING = object()


class Field:
    """A data descriptor that type-checks and validates an attribute.

    Each instance's value lives in that instance's own __dict__, under the
    attribute's name: a data descriptor (one with __set__) takes precedence
    over the instance dict, so the dict entry is only ever reached through
    the descriptor."""

    def __init__(self, type_, *, validator=None, default=_MISSING):
        self.type = type_
        self.validator = validator
        self.default = default
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        try:
            return instance.__dict__[self.name]
        except KeyError:
            if self.default is not _MISSING:
                return self.default
            raise AttributeError(f"{type(instance).__name__!s} has no value for {self.name!r}") from None

    def __set__(self, instance, value):
        instance.__dict__[self.name] = self._check(value)

    def __delete__(self, instance):
        try:
            del instance.__dict__[self.name]
        except KeyError:
            raise AttributeError(self.name) from None

    def _check(self, value):
        want = self.type
        if isinstance(value, bool) and want not in (bool, object):
            raise TypeError(f"{self.name} must be {want.__name__}, not bool")
        if want is float and type(value) is not bool and isinstance(value, int):
            value = float(value)
        elif not isinstance(value, want):
            raise TypeError(f"{self.name} must be {want.__name__}, not {type(value).__name__}")
        if self.validator is not None and not self.validator(value):
            raise ValueError(f"{value!r} is not a valid {self.name}")
        return value
