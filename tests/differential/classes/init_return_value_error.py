# __init__ must return None; __new__/__init__ argument passing rules.
class Good:
    def __init__(self):
        return None


print(type(Good()).__name__)


class ReturnsInt:
    def __init__(self):
        return 1


try:
    ReturnsInt()
except TypeError as e:
    print(type(e).__name__, e)


class ReturnsSelf:
    def __init__(self):
        return self


try:
    ReturnsSelf()
except TypeError as e:
    print(type(e).__name__, e)


# __new__ and __init__ receive the same arguments
class Both:
    def __new__(cls, *args, **kwargs):
        print("  __new__", args, kwargs)
        return super().__new__(cls)

    def __init__(self, a, b=2, **kw):
        print("  __init__", a, b, kw)


Both(1)
Both(1, b=3, c=4)
try:
    Both()
except TypeError as e:
    print(type(e).__name__, e)


# calling __init__ again re-initialises the existing instance
class Re:
    def __init__(self, v):
        self.v = v


r = Re(1)
r.__init__(2)
print(r.v)
Re.__init__(r, 3)
print(r.v)

# __init__ as a non-function attribute
class Weird:
    __init__ = lambda self, x: setattr(self, "x", x * 2)


print(Weird(21).x)
ReturnsInt()
