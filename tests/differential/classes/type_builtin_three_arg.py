# type(x) and three-argument type(name, bases, ns).
print(type(1).__name__, type("s").__name__, type(None).__name__, type(type).__name__)


def init(self, v):
    self.v = v


Base = type("Base", (), {"greet": lambda self: "hi from " + type(self).__name__})
Dyn = type("Dyn", (Base,), {"__init__": init, "x": 10, "__doc__": "dynamic"})

d = Dyn(5)
print(Dyn.__name__, Dyn.__qualname__, Dyn.__module__, Dyn.__doc__)
print(d.v, d.x, d.greet())
print([c.__name__ for c in Dyn.__mro__])
print(type(d) is Dyn, isinstance(d, Base))
print(sorted(k for k in Dyn.__dict__ if not k.startswith("__")))

# namespace is copied
ns = {"a": 1}
T = type("T", (), ns)
ns["b"] = 2
print(hasattr(T, "a"), hasattr(T, "b"))

# bases: empty tuple means object
E = type("E", (), {})
print(E.__bases__[0].__name__)

# errors
for args in [("X",), ("X", ()), ("X", [], {}), ("X", (), []), (1, (), {}), ("X", (1,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__, e)

try:
    type()
except TypeError as e:
    print(type(e).__name__, e)

# type(name, bases, ns) with __qualname__ and __slots__
S = type("S", (), {"__slots__": ("p",), "__qualname__": "Q.S"})
s = S()
s.p = 1
print(S.__qualname__, s.p, hasattr(s, "__dict__"))
try:
    type("Bad", (), {"__qualname__": 3})
except TypeError as e:
    print(type(e).__name__, e)
