# MISTAKE: reads the plugin's name with getattr(), which also finds a name
# inherited from a parent plugin. `class StrictYaml(YamlLoader): pass` then
# "has" the name "yaml" and is rejected as a duplicate (ValueError) instead
# of as a class without a name of its own (TypeError).
class PluginMeta(type):
    def __new__(mcls, clsname, bases, namespace):
        cls = super().__new__(mcls, clsname, bases, namespace)
        if not any(isinstance(b, PluginMeta) for b in bases):
            cls.registry = {}
            return cls
        if namespace.get("abstract", False):
            return cls
        name = getattr(cls, "name", None)  # should look at namespace only
        if not isinstance(name, str) or not name:
            raise TypeError(f"{clsname} needs a name")
        if name in cls.registry:
            raise ValueError(f"duplicate plugin name {name!r}")
        cls.registry[name] = cls
        return cls


class Plugin(metaclass=PluginMeta):
    pass
