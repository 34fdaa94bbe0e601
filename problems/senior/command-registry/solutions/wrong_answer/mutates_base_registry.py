# MISTAKE: starts from getattr(cls, "registry", {}) and adds to it. For a
# subclass that is the base's own dict (found by inheritance), so the
# subclass's commands appear in the base and in every sibling class.
def command(name, *aliases):
    def mark(func):
        func.__command_names__ = getattr(func, "__command_names__", ()) + (name,) + aliases
        return func
    return mark


def commands(cls):
    registry = getattr(cls, "registry", {})
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
