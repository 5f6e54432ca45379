# __slots__ with multiple inheritance, empty slots, and layout conflicts.
class A:
    __slots__ = ("a",)

class B:
    __slots__ = ("b",)

try:
    class AB(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Empty1:
    __slots__ = ()

class Empty2:
    __slots__ = ()

class Both(Empty1, Empty2, A):
    __slots__ = ("c",)

x = Both()
x.a, x.c = 1, 3
print(x.a, x.c, hasattr(x, "__dict__"))
try:
    x.d = 4
except AttributeError as e:
    print(type(e).__name__, e)

# __slots__ as a single string
class Single:
    __slots__ = "only"

s = Single()
s.only = "ok"
print(s.only, Single.__slots__)

# duplicate slot name in the same class works? no: it doesn't fail but check
try:
    class Dup:
        __slots__ = ("x", "x")
    print("dup ok")
except TypeError as e:
    print(type(e).__name__, e)

# invalid slot names
for slots in (("1abc",), (5,), ("__dict__", "__dict__")):
    try:
        type("Bad", (), {"__slots__": slots})
        print("accepted", slots)
    except TypeError as e:
        print(type(e).__name__, e)

# nonempty slots on int subclass is not allowed
try:
    class IntSlots(int):
        __slots__ = ("extra",)
except TypeError as e:
    print(type(e).__name__, e)

class IntNoSlots(int):
    __slots__ = ()

print(IntNoSlots(5) + 1, hasattr(IntNoSlots(5), "__dict__"))
