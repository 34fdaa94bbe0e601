class PluginMeta(type):
    """Registers every concrete plugin class in its hierarchy's registry
    the moment the class statement runs.

    A root is a class none of whose bases was made by PluginMeta; it gets
    a fresh registry and is not registered itself. Everything below a root
    shares the root's registry (inherited through the MRO)."""

    def __new__(mcls, clsname, bases, namespace, **kwargs):
        is_root = not any(isinstance(base, PluginMeta) for base in bases)
        if not is_root and not namespace.get("abstract", False):
            # Validate before the class exists, so a failure leaves no trace.
            name = namespace.get("name")  # only the class's own body counts
            if not isinstance(name, str) or not name:
                raise TypeError(f"plugin class {clsname} must set name to a non-empty str")
            registry = next(b.registry for b in bases if isinstance(b, PluginMeta))
            if name in registry:
                raise ValueError(
                    f"plugin name {name!r} is already taken by {registry[name].__name__}")
        cls = super().__new__(mcls, clsname, bases, namespace, **kwargs)
        if is_root:
            cls.registry = {}
        elif not namespace.get("abstract", False):
            cls.registry[namespace["name"]] = cls
        return cls


class Plugin(metaclass=PluginMeta):
    """The root of the default plugin hierarchy."""
