# MISTAKE: caches in a WeakKeyDictionary keyed by the instance. It does not
# keep instances alive, but an instance whose class defines __eq__ is
# unhashable (TypeError), two equal instances share a value, and the cache
# never shows up as the instance's attribute (assignment then shadows
# nothing: del obj.attr cannot forget it).
import weakref


class lazy:
    def __init__(self, func):
        self.func = func
        self.name = None
        self.cache = weakref.WeakKeyDictionary()

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.name is None:
            raise TypeError("no __set_name__")
        if instance not in self.cache:
            self.cache[instance] = self.func(instance)
        return self.cache[instance]
