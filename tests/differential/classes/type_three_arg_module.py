# type(name, bases, ns): __module__, __qualname__, metaclass of the bases, and errors.
class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


X = type("X", (WithMeta,), {"v": 1})
print(type(X).__name__, X.__module__, X.__qualname__, repr(X), X.v, repr(X()).split(" object")[0])


class LoudMeta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("LoudMeta.__new__", mcs.__name__, name, sorted(ns))
        return super().__new__(mcs, name, bases, ns)


class Loud(metaclass=LoudMeta):
    pass


Y = type("Y", (Loud,), {"a": 1})
print(type(Y).__name__, Y.a)


def factory(name):
    return type(name, (), {"__doc__": "made by factory"})


F = factory("Made")
print(F.__module__, F.__qualname__, F.__doc__, repr(F))
W = type("W", (), {"__module__": "custom.place", "__qualname__": "Outer.W"})
print(repr(W), W.__module__, W.__qualname__, W.__name__, repr(W()).split(" object")[0])
W.__module__ = "elsewhere"
print(repr(W))
for args in [("T", (int, str), {}), ("T", (1,), {}), ("T", (bool,), {}), ("T", (object, object), {}),
             ("T", (list[int],), {}), (b"T", (), {}), ("T", (), {"__qualname__": 1})]:
    try:
        print(type(*args))
    except TypeError as e:
        print(type(e).__name__, e)


class Conflict(type):
    pass


class P(metaclass=Conflict):
    pass


try:
    type("Q", (WithMeta, P), {})
except TypeError as e:
    print(type(e).__name__, e)
