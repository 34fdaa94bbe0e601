# MISTAKE: one registry for everything, kept on the metaclass. Two separate
# hierarchies (two roots) share it: a name used in one cannot be used in the
# other, and each root's registry lists the other's plugins.
class PluginMeta(type):
    registry = {}

    def __new__(mcls, clsname, bases, namespace):
        cls = super().__new__(mcls, clsname, bases, namespace)
        if not any(isinstance(b, PluginMeta) for b in bases):
            return cls
        if namespace.get("abstract", False):
            return cls
        name = namespace.get("name")
        if not isinstance(name, str) or not name:
            raise TypeError(f"{clsname} needs a name")
        if name in mcls.registry:
            raise ValueError(f"duplicate plugin name {name!r}")
        mcls.registry[name] = cls
        return cls


class Plugin(metaclass=PluginMeta):
    pass
