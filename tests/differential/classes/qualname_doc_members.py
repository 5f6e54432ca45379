# __qualname__, __name__ and __doc__ of methods, nested functions, lambdas, properties.
class Outer:
    """Outer doc"""

    attr_lambda = lambda self: None

    def method(self):
        """method doc"""
        def inner():
            pass
        return inner

    @classmethod
    def cm(cls):
        "cm doc"

    @staticmethod
    def sm():
        pass

    @property
    def prop(self):
        """prop doc"""
        return 1

    class Nested:
        def deep(self):
            return lambda: None


o = Outer()
print(Outer.method.__qualname__, Outer.method.__name__, Outer.method.__doc__)
print(o.method().__qualname__, o.method().__name__)
print(Outer.attr_lambda.__qualname__, Outer.attr_lambda.__name__)
print(Outer.cm.__qualname__, Outer.cm.__doc__, Outer.sm.__qualname__, Outer.sm.__doc__)
print(Outer.prop.fget.__qualname__, Outer.prop.__doc__)
print(Outer.Nested.deep.__qualname__, Outer.Nested().deep().__qualname__)
print(Outer.method.__module__, Outer.__module__, Outer.Nested.__module__)


def factory():
    class Made:
        def m(self):
            pass
    return Made


print(factory().m.__qualname__, factory().__qualname__)

# bound method exposes the function's names
print(o.method.__name__, o.method.__qualname__, o.method.__doc__)

# docstring must be the first statement; otherwise None
class LateDoc:
    x = 1
    "not a docstring"


print(LateDoc.__doc__)


class FDoc:
    f"formatted {1}"


print(FDoc.__doc__)
