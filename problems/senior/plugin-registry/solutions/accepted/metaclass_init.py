class PluginMeta(type):
    """Same rules, checked in __init__: the class object exists by then, but
    it is only registered once every check has passed, so a rejected class
    never reaches the registry."""

    def __init__(cls, clsname, bases, namespace, **kwargs):
        super().__init__(clsname, bases, namespace, **kwargs)
        parents = [b for b in bases if isinstance(b, PluginMeta)]
        if not parents:
            cls.registry = {}
            return
        if namespace.get("abstract") is True:
            return
        if "name" not in namespace:
            raise TypeError(f"{clsname} has no name of its own")
        name = namespace["name"]
        if type(name) is not str or name == "":
            raise TypeError(f"{clsname}.name must be a non-empty string, not {name!r}")
        registry = parents[0].registry
        if name in registry:
            raise ValueError(f"duplicate plugin name {name!r}")
        registry[name] = cls


class Plugin(metaclass=PluginMeta):
    pass
