class PluginMeta(type):
    """Metaclass that registers plugin classes when they are defined.

    A class made with PluginMeta none of whose bases was made with
    PluginMeta is a *root*: it gets its own empty `registry` dict and is not
    registered. Every other class made with PluginMeta is registered in its
    root's registry under the `name` set in its own class body (unless its
    own body sets `abstract = True`).

    Raise TypeError for a plugin class without a non-empty str `name` of
    its own, and ValueError for a name already taken in its hierarchy.
    """


class Plugin(metaclass=PluginMeta):
    """A root: the default plugin hierarchy."""
