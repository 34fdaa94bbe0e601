# MISTAKE: merges the bases' registries in the order the bases are listed,
# each one updating the last: with class C(A, B) where both define a
# command, B's wins, though A comes first in the MRO (and would win for a
# plain method of the same name).
def command(name, *aliases):
    def mark(func):
        func.__command_names__ = getattr(func, "__command_names__", ()) + (name,) + aliases
        return func
    return mark


def commands(cls):
    registry = {}
    for base in cls.__bases__:
        registry.update(getattr(base, "registry", {}))
    own = {}
    for attr, value in vars(cls).items():
        for name in getattr(value, "__command_names__", ()):
            if own.get(name, attr) != attr:
                raise ValueError(name)
            own[name] = attr
    registry.update(own)

    def dispatch(self, name, *args):
        return getattr(self, type(self).registry[name])(*args)

    cls.registry = registry
    cls.dispatch = dispatch
    return cls
