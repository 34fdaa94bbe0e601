_MARK = "__command_names__"


def command(name, *aliases):
    def mark(func):
        # Stacked decorators add to the names instead of replacing them.
        setattr(func, _MARK, getattr(func, _MARK, ()) + (name,) + aliases)
        return func
    return mark


def _own_commands(klass):
    """{name: attr} for the marks in one class body; ValueError on a clash."""
    own = {}
    for attr, value in vars(klass).items():
        for name in getattr(value, _MARK, ()):
            if name in own and own[name] != attr:
                raise ValueError("%s: command %r is claimed by both %s and %s"
                                 % (klass.__name__, name, own[name], attr))
            own[name] = attr
    return own


def _dispatch(self, name, *args):
    return getattr(self, type(self).registry[name])(*args)


def commands(cls):
    registry = {}
    # Last in the MRO first, so that classes earlier in it overwrite.
    for klass in reversed(cls.__mro__):
        registry.update(_own_commands(klass))
    cls.registry = registry  # a new dict: the bases' registries are untouched
    cls.dispatch = _dispatch
    return cls
