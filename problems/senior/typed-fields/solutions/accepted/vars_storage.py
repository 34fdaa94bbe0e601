class Field:
    """Type-checked attribute. Values are kept in vars(instance) under the
    field's own name; the class attribute is the Field itself."""

    _NO_DEFAULT = object()

    def __init__(self, type_, *, validator=None, default=_NO_DEFAULT):
        self.type_ = type_
        self.validator = validator
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        values = vars(obj)
        if self.name in values:
            return values[self.name]
        if self.default is Field._NO_DEFAULT:
            raise AttributeError(self.name)
        return self.default

    def __set__(self, obj, value):
        if type(value) is bool:
            ok = self.type_ is bool or self.type_ is object
        elif self.type_ is float and isinstance(value, int):
            value, ok = float(value), True
        else:
            ok = isinstance(value, self.type_)
        if not ok:
            raise TypeError(f"{self.name}: expected {self.type_.__name__}, got {type(value).__name__}")
        if self.validator and not self.validator(value):
            raise ValueError(f"{self.name}: {value!r} rejected")
        vars(obj)[self.name] = value

    def __delete__(self, obj):
        values = vars(obj)
        if self.name not in values:
            raise AttributeError(self.name)
        del values[self.name]
