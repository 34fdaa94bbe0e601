# MISTAKE: decides that a class is a root when it has no bases at all, and
# takes the registry from the first base. A root with an ordinary base
# (`class R(Base, metaclass=PluginMeta)`) is then treated as a plugin, and a
# plugin that lists a plain mixin first (`class A(Mixin, R)`) looks for a
# registry on the mixin.
class PluginMeta(type):
    def __new__(mcls, clsname, bases, namespace):
        cls = super().__new__(mcls, clsname, bases, namespace)
        if not bases:
            cls.registry = {}
            return cls
        if namespace.get("abstract", False):
            return cls
        name = namespace.get("name")
        if not isinstance(name, str) or not name:
            raise TypeError(f"{clsname} needs a name")
        registry = bases[0].registry
        if name in registry:
            raise ValueError(f"duplicate plugin name {name!r}")
        registry[name] = cls
        return cls


class Plugin(metaclass=PluginMeta):
    pass
