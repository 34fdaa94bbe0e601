# MISTAKE: the class decorator sets everything up on cls but forgets
# `return cls`: the decorated name becomes None, and creating an instance
# fails with TypeError: 'NoneType' object is not callable.
def command(name, *aliases):
    def mark(func):
        func.__command_names__ = getattr(func, "__command_names__", ()) + (name,) + aliases
        return func
    return mark


def commands(cls):
    registry = {}
    for klass in reversed(cls.__mro__):
        for attr, value in vars(klass).items():
            for name in getattr(value, "__command_names__", ()):
                registry[name] = attr

    def dispatch(self, name, *args):
        return getattr(self, type(self).registry[name])(*args)

    cls.registry = registry
    cls.dispatch = dispatch
