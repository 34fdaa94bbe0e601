import weakref

# function -> its command names. Weak keys: marking a function must not keep
# it (or its class) alive.
_NAMES = weakref.WeakKeyDictionary()


def command(name, *aliases):
    def mark(func):
        _NAMES[func] = _NAMES.get(func, []) + [name, *aliases]
        return func
    return mark


def commands(cls):
    registry = {}
    for klass in cls.__mro__:
        own = {}
        for attr, value in vars(klass).items():
            try:
                names = _NAMES.get(value, ())
            except TypeError:  # an unhashable class attribute
                names = ()
            for name in names:
                if own.get(name, attr) != attr:
                    raise ValueError("duplicate command %r in %s" % (name, klass.__name__))
                own[name] = attr
        for name, attr in own.items():
            registry.setdefault(name, attr)  # earlier in the MRO wins

    def dispatch(self, name, *args):
        attr = type(self).registry[name]
        return getattr(self, attr)(*args)

    cls.registry = registry
    cls.dispatch = dispatch
    return cls
