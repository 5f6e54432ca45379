# Reflected (__radd__ etc.) operators and their priority rules.
class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return type(self).__name__ + "(" + repr(self.v) + ")"

    def __add__(self, o):
        print("  %r.__add__(%r)" % (self, o))
        if isinstance(o, (int, Num)):
            return Num(self.v + (o.v if isinstance(o, Num) else o))
        return NotImplemented

    def __radd__(self, o):
        print("  %r.__radd__(%r)" % (self, o))
        if isinstance(o, int):
            return Num(o + self.v)
        return NotImplemented

    def __rsub__(self, o):
        print("  %r.__rsub__(%r)" % (self, o))
        return Num(o - self.v)

    def __rmul__(self, o):
        return Num(o * self.v)

    def __rpow__(self, o):
        return Num(o ** self.v)

    def __rtruediv__(self, o):
        return Num(o / self.v)


class SubNum(Num):
    def __radd__(self, o):
        print("  %r.__radd__(%r)" % (self, o))
        return SubNum("sub-wins")


print(Num(1) + 2)
print(2 + Num(1))
print(10 - Num(3))
print(3 * Num(4), 2 ** Num(5), 1 / Num(4))
print(sum([Num(1), Num(2), Num(3)]))
print("-- subclass on right gets first try")
print(Num(1) + SubNum(2))
print("-- subclass on left")
print(SubNum(1) + Num(2))

try:
    print("x" + Num(1))
except TypeError as e:
    print(type(e).__name__, e)

try:
    print(Num(1) + "x")
except TypeError as e:
    print(type(e).__name__, e)

try:
    print(Num(1) - Num(2))
except TypeError as e:
    print(type(e).__name__, e)
