# vars(), __dict__ of instances and classes, mappingproxy behaviour.
class Base:
    base_attr = 1


class Thing(Base):
    """Thing doc."""
    kind = "thing"

    def __init__(self, a):
        self.a = a
        self.b = [a]

    def method(self):
        return self.a


t = Thing(3)
print(vars(t))
print(t.__dict__ is vars(t))
t.__dict__["c"] = "direct"
print(t.c, sorted(t.__dict__))
vars(t)["d"] = 4
print(t.d)

cls_dict = Thing.__dict__
print(type(cls_dict).__name__)
print(sorted(k for k in cls_dict if not k.startswith("__")))
print("base_attr" in cls_dict, "base_attr" in Base.__dict__)
print(cls_dict["kind"], cls_dict["__doc__"], cls_dict["__module__"])
try:
    cls_dict["kind"] = "changed"
except TypeError as e:
    print(type(e).__name__, e)
print(vars(Thing) is not None, sorted(vars(Base).keys() - {"__dict__", "__weakref__", "__module__", "__doc__"}))

# replacing an instance __dict__
t.__dict__ = {"a": 100}
print(t.a, t.method(), hasattr(t, "b"))
try:
    t.__dict__ = [1]
except TypeError as e:
    print(type(e).__name__, e)

# vars() errors
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(t, t)
except TypeError as e:
    print(type(e).__name__, e)

# instance dict insertion order
class Ordered:
    def __init__(self):
        self.z = 1
        self.a = 2
        self.m = 3
print(list(vars(Ordered())))
del_me = Ordered()
del del_me.a
del_me.a = 9
print(list(vars(del_me)))
