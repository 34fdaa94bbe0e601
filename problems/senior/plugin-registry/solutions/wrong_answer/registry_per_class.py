# MISTAKE: gives every class a registry of its own and registers a plugin
# in its direct parent's registry. Children of the root land in the root's
# registry, but a grandchild lands in its parent's registry, so the root
# never hears of it (and two grandchildren under different parents may even
# share a name).
class PluginMeta(type):
    def __init__(cls, clsname, bases, namespace):
        super().__init__(clsname, bases, namespace)
        parents = [b for b in bases if isinstance(b, PluginMeta)]
        cls.registry = {}
        if not parents or namespace.get("abstract", False):
            return
        name = namespace.get("name")
        if not isinstance(name, str) or not name:
            raise TypeError(f"{clsname} needs a name")
        parent_registry = parents[0].registry
        if name in parent_registry:
            raise ValueError(f"duplicate plugin name {name!r}")
        parent_registry[name] = cls


class Plugin(metaclass=PluginMeta):
    pass
