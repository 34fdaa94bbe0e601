# MISTAKE: collects only the marked methods of the decorated class's own
# body (cls.__dict__), so a subclass loses every command it inherits.
def command(name, *aliases):
    def mark(func):
        func.__command_names__ = getattr(func, "__command_names__", ()) + (name,) + aliases
        return func
    return mark


def commands(cls):
    registry = {}
    for attr, value in vars(cls).items():
        for name in getattr(value, "__command_names__", ()):
            if registry.get(name, attr) != attr:
                raise ValueError(name)
            registry[name] = attr

    def dispatch(self, name, *args):
        return getattr(self, type(self).registry[name])(*args)

    cls.registry = registry
    cls.dispatch = dispatch
    return cls
