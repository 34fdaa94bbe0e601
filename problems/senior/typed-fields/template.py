_MISSING = object()  # "no default given" (None is a valid default)


class Field:
    """A descriptor for a type-checked, validated attribute.

        class Product:
            price = Field(float, validator=lambda p: p >= 0)
            stock = Field(int, default=0)

    Field(type_, *, validator=None, default=<none>):
      - reading the attribute on the class returns the Field itself, and
        field.name is the attribute's name;
      - each instance has its own value; reading an unset value returns
        `default` if one was given, else raises AttributeError;
      - setting checks the type (TypeError; bool only for bool/object
        fields; a float field takes an int and stores it as a float), then
        the validator (ValueError if it returns a falsy value);
      - deleting removes the instance's value (AttributeError if unset).
    """

    def __init__(self, type_, *, validator=None, default=_MISSING):
        raise NotImplementedError

    def __set_name__(self, owner, name):
        pass

    def __get__(self, instance, owner=None):
        pass

    def __set__(self, instance, value):
        pass

    def __delete__(self, instance):
        pass
