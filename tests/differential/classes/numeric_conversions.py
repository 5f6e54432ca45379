# __int__, __float__, __complex__, __round__, __trunc__, __floor__, __ceil__.
class Meters:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        print("  __int__")
        return int(self.v)

    def __float__(self):
        print("  __float__")
        return float(self.v)

    def __complex__(self):
        return complex(self.v, 1)

    def __round__(self, ndigits=None):
        print("  __round__", ndigits)
        if ndigits is None:
            return int(self.v + 0.5)
        return Meters(round(self.v, ndigits))

    def __trunc__(self):
        return "truncated"

    def __repr__(self):
        return "Meters(%r)" % self.v

m = Meters(3.14159)
print(int(m))
print(float(m))
print(complex(m))
print(round(m))
print(round(m, 2))
print("%d and %.1f" % (Meters(7.9), Meters(2.25)))

class OnlyIndex:
    def __index__(self):
        return 11

print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()))

class Nothing:
    pass

for fn in (int, float, complex, round):
    try:
        fn(Nothing())
    except TypeError as e:
        print(fn.__name__, type(e).__name__, e)

class BadInt:
    def __int__(self):
        return 1.5

class BadFloat:
    def __float__(self):
        return 1

for fn, obj in ((int, BadInt()), (float, BadFloat())):
    try:
        fn(obj)
    except TypeError as e:
        print(type(e).__name__, e)
