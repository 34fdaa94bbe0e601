# MISTAKE: registers a class when it is first instantiated (in the
# metaclass's __call__) instead of when the class statement runs. Right
# after `class CsvExporter(Exporter): name = "csv"` the registry is still
# empty, and a duplicate name is only noticed when an instance is made.
class PluginMeta(type):
    def __new__(mcls, clsname, bases, namespace):
        cls = super().__new__(mcls, clsname, bases, namespace)
        if not any(isinstance(b, PluginMeta) for b in bases):
            cls.registry = {}
            cls._is_root = True
        else:
            cls._is_root = False
        return cls

    def __call__(cls, *args, **kwargs):
        if not cls._is_root and not cls.__dict__.get("abstract", False):
            name = cls.__dict__.get("name")
            if not isinstance(name, str) or not name:
                raise TypeError(f"{cls.__name__} needs a name")
            registered = cls.registry.get(name)
            if registered is None:
                cls.registry[name] = cls
            elif registered is not cls:
                raise ValueError(f"duplicate plugin name {name!r}")
        return super().__call__(*args, **kwargs)


class Plugin(metaclass=PluginMeta):
    pass
