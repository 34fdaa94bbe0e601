# MISTAKE: dispatch calls the function objects collected at decoration
# time. The registry is right, but a subclass that overrides a command's
# method (without marking it again) still runs the base's function.
def command(name, *aliases):
    def mark(func):
        func.__command_names__ = getattr(func, "__command_names__", ()) + (name,) + aliases
        return func
    return mark


def commands(cls):
    registry, functions = {}, {}
    for klass in reversed(cls.__mro__):
        own = {}
        for attr, value in vars(klass).items():
            for name in getattr(value, "__command_names__", ()):
                if own.get(name, attr) != attr:
                    raise ValueError(name)
                own[name] = attr
                functions[name] = value
        registry.update(own)
    table = dict(functions)

    def dispatch(self, name, *args):
        return table[name](self, *args)

    cls.registry = registry
    cls.dispatch = dispatch
    return cls
