# __slots__ including __dict__, slot descriptors and default values.
class Hybrid:
    __slots__ = ("fixed", "__dict__")

    def __init__(self):
        self.fixed = 1
        self.dynamic = 2


h = Hybrid()
print(h.fixed, h.dynamic, vars(h), "fixed" in vars(h))


class WithDefaults:
    __slots__ = ("x", "y")
    defaults = {"x": 0, "y": 0}

    def __init__(self, **kw):
        for name in self.__slots__:
            setattr(self, name, kw.get(name, self.defaults[name]))

    def __repr__(self):
        return "WithDefaults(%s)" % ", ".join("%s=%r" % (n, getattr(self, n)) for n in self.__slots__)


print(WithDefaults(), WithDefaults(x=5), WithDefaults(y="why"))

# slot member descriptors live on the class
desc = WithDefaults.__dict__["x"]
print(type(desc).__name__, desc.__name__, desc.__objclass__.__name__)
w = WithDefaults(x=10)
print(desc.__get__(w, WithDefaults))
desc.__set__(w, 20)
print(w.x)
desc.__delete__(w)
try:
    w.x
except AttributeError as e:
    print(type(e).__name__, e)

# a slot descriptor cannot be used on an unrelated instance
class Other:
    pass
try:
    desc.__get__(Other(), Other)
except TypeError as e:
    print(type(e).__name__, e)

# subclass overriding a slot with a property
class Prop(WithDefaults):
    __slots__ = ()
    @property
    def x(self):
        return "property wins"
p = Prop.__new__(Prop)
print(p.x)
try:
    p.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(Prop.__dict__.keys() - {"__module__", "__doc__"}))
