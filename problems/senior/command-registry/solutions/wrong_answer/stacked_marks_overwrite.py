# MISTAKE: each @command sets the function's names instead of adding to
# them, so with two stacked decorators only the outermost one's names
# survive (it runs last and overwrites the inner one's).
def command(name, *aliases):
    def mark(func):
        func.__command_names__ = (name,) + aliases
        return func
    return mark


def commands(cls):
    registry = {}
    for klass in reversed(cls.__mro__):
        own = {}
        for attr, value in vars(klass).items():
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
