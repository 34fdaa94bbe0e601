import functools


class lazy(functools.cached_property):
    """functools.cached_property already is this descriptor; it calls the
    attribute's name `attrname`."""

    @property
    def name(self):
        return self.attrname
