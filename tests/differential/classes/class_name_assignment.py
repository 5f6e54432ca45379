# Assigning __name__, __qualname__, __module__ and __doc__ of classes; built-in types refuse.
class Thing:
    """Doc."""


t = Thing()
Thing.__name__ = "Renamed"
print(Thing.__name__, Thing.__qualname__, repr(Thing), repr(t).split(" object")[0])
Thing.__qualname__ = "Deep.Renamed"
print(Thing.__name__, Thing.__qualname__, repr(Thing), repr(t).split(" object")[0])
Thing.__module__ = "pkg.mod"
Thing.__doc__ = "New doc."
print(repr(Thing), Thing.__doc__, Thing.__module__)
for attr, value in [("__name__", 5), ("__qualname__", None), ("__name__", b"x")]:
    try:
        setattr(Thing, attr, value)
    except TypeError as e:
        print(type(e).__name__, e)
for attr in ["__name__", "__qualname__", "__module__", "__doc__", "__bases__"]:
    try:
        delattr(Thing, attr)
    except (TypeError, AttributeError) as e:
        print(attr, type(e).__name__, e)
for attr in ["__name__", "__qualname__", "__module__", "__doc__", "__bases__"]:
    try:
        setattr(int, attr, "x")
    except TypeError as e:
        print(attr, type(e).__name__, e)
print(int.__name__, int.__module__, repr(int))
