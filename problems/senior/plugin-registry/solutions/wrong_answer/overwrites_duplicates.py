# MISTAKE: no duplicate check. A second plugin with a taken name silently
# replaces the first one in the registry instead of raising ValueError.
class PluginMeta(type):
    def __new__(mcls, clsname, bases, namespace):
        cls = super().__new__(mcls, clsname, bases, namespace)
        if not any(isinstance(b, PluginMeta) for b in bases):
            cls.registry = {}
        elif not namespace.get("abstract", False):
            name = namespace.get("name")
            if not isinstance(name, str) or not name:
                raise TypeError(f"{clsname} needs a name")
            cls.registry[name] = cls
        return cls


class Plugin(metaclass=PluginMeta):
    pass
