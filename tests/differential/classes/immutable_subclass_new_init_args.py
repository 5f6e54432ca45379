# Immutable built-in subclasses: extra constructor args require __new__ handling.
class Labeled(str):
    def __init__(self, value, label):
        # str.__new__ receives both args too: str("text", "lbl") means (object, encoding)
        self.label = label


try:
    Labeled("text", "lbl")
except TypeError as e:
    print(type(e).__name__, e)


class Labeled2(str):
    def __new__(cls, value, label):
        obj = super().__new__(cls, value)
        obj.label = label
        return obj


l2 = Labeled2("text", "lbl")
print(l2, l2.label, l2.upper(), type(l2).__name__)


class Pos(int):
    def __init__(self, value):
        # __init__ cannot change the value of an immutable int
        if value < 0:
            raise ValueError("negative: %d" % value)
        self.original = value


p = Pos(5)
print(p, p + 1, p.original)
try:
    Pos(-2)
except ValueError as e:
    print(type(e).__name__, e)


class Clamped(int):
    def __new__(cls, value, lo=0, hi=10):
        return super().__new__(cls, max(lo, min(hi, value)))


print(Clamped(50), Clamped(-3), Clamped(7), Clamped(50, hi=20))


class Coord(tuple):
    def __new__(cls, *parts):
        return super().__new__(cls, parts)

    def __init__(self, *parts):
        self.dims = len(parts)


c = Coord(1, 2, 3)
print(c, c.dims, len(c))

# int subclass with keyword base passes through
class Hex(int):
    pass


print(Hex("ff", 16), Hex("0x10", base=0), Hex(3.9))
try:
    Hex("zz", 16)
except ValueError as e:
    print(type(e).__name__, e)
