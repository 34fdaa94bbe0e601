# MISTAKE: checks `abstract` with getattr(), so the flag is inherited: every
# subclass of an abstract base is treated as abstract too and is never
# registered (and never asked for a name).
class PluginMeta(type):
    def __init__(cls, clsname, bases, namespace):
        super().__init__(clsname, bases, namespace)
        if not any(isinstance(b, PluginMeta) for b in bases):
            cls.registry = {}
            return
        if getattr(cls, "abstract", False):  # should be namespace.get("abstract")
            return
        name = namespace.get("name")
        if not isinstance(name, str) or not name:
            raise TypeError(f"{clsname} needs a name")
        if name in cls.registry:
            raise ValueError(f"duplicate plugin name {name!r}")
        cls.registry[name] = cls


class Plugin(metaclass=PluginMeta):
    pass
