# MISTAKE: finds the commands with dir() and getattr(cls, attr). That sees
# each attribute's most derived value only: when a subclass overrides a
# command's method without marking it again, the mark on the base's
# function is hidden and the command disappears.
def command(name, *aliases):
    def mark(func):
        func.__command_names__ = getattr(func, "__command_names__", ()) + (name,) + aliases
        return func
    return mark


def commands(cls):
    registry = {}
    for attr in dir(cls):
        for name in getattr(getattr(cls, attr), "__command_names__", ()):
            if registry.get(name, attr) != attr:
                raise ValueError(name)
            registry[name] = attr

    def dispatch(self, name, *args):
        return getattr(self, type(self).registry[name])(*args)

    cls.registry = registry
    cls.dispatch = dispatch
    return cls
