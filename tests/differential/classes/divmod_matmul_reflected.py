# __divmod__/__rdivmod__, __matmul__/__rmatmul__/__imatmul__, __rlshift__ etc.
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Num(%r)" % (self.v,)
    def __divmod__(self, other):
        print("  __divmod__")
        return (Num(self.v // other), Num(self.v % other))
    def __rdivmod__(self, other):
        print("  __rdivmod__")
        return (other // self.v, other % self.v)
    def __matmul__(self, other):
        return ("matmul", self.v, other)
    def __rmatmul__(self, other):
        return ("rmatmul", other, self.v)
    def __imatmul__(self, other):
        self.v = self.v * 100 + other
        return self
    def __rlshift__(self, other):
        return ("rlshift", other, self.v)
    def __rand__(self, other):
        return ("rand", other)
    def __ror__(self, other):
        return ("ror", other)
    def __rxor__(self, other):
        return ("rxor", other)
    def __rfloordiv__(self, other):
        return ("rfloordiv", other)
    def __rmod__(self, other):
        return ("rmod", other)


n = Num(7)
print(divmod(n, 2))
print(divmod(23, n))
print(n @ 3, 3 @ n)
m = n
m @= 5
print(m, n, m is n)
print(1 << n, 1 & n, 1 | n, 1 ^ n, 9 // n, 9 % n)
print(divmod(n, n)[0])  # Num.__divmod__ -> 705 // Num -> Num.__rfloordiv__
try:
    divmod("s", n)
except TypeError as e:
    print(type(e).__name__, e)


class Plain:
    pass


for fn in (lambda: divmod(Plain(), 1), lambda: Plain() @ Plain(), lambda: 1 >> n):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
p = Plain()
try:
    p @= 1
except TypeError as e:
    print(type(e).__name__, e)
