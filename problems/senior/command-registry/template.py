def command(name, *aliases):
    """Marks a method as the command `name` (and its aliases).

    Returns the function itself, still an ordinary method. Decorators may
    be stacked: each adds its names.
    """
    raise NotImplementedError


def commands(cls):
    """Class decorator: gives cls a `registry` and a `dispatch` method.

    - cls.registry maps every command name and alias marked in cls or any
      of its ancestors to the attribute name of its method; where several
      classes claim one name, the class first in cls.__mro__ wins;
    - two attributes of one class body claiming the same name: ValueError;
    - obj.dispatch(name, *args) calls getattr(obj, registry[name])(*args)
      (so a subclass's override is called); an unknown name: KeyError.
    Returns cls.
    """
    raise NotImplementedError
