class lazy:
    """A descriptor that computes an attribute on first use and caches it.

        class Circle:
            @lazy
            def area(self):
                return 3.14159 * self.r ** 2

    - reading obj.area the first time calls the function and caches the
      result in obj's own __dict__, under the attribute's name; later
      reads never call it again (a non-data descriptor: no __set__ or
      __delete__);
    - if the function raises, nothing is cached;
    - obj.area = v replaces the cached value; del obj.area forgets it;
    - Circle.area (on the class) is the lazy object, and .name is the name
      of the attribute it was assigned to (from __set_name__);
    - a lazy whose __set_name__ was never called raises TypeError when read.
    """

    def __init__(self, func):
        raise NotImplementedError

    def __set_name__(self, owner, name):
        pass

    def __get__(self, instance, owner=None):
        pass
