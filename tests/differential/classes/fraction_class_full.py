# A Fraction class: normalisation, arithmetic with ints, comparisons, hashing, conversions.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Frac:
    __slots__ = ("n", "d")

    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Frac(%d, 0)" % n)
        g = gcd(n, d) * (-1 if d < 0 else 1)
        self.n, self.d = n // g, d // g

    @staticmethod
    def _coerce(x):
        if isinstance(x, Frac):
            return x
        if isinstance(x, int):
            return Frac(x)
        return None

    def _binop(op):
        def forward(self, other):
            o = Frac._coerce(other)
            return NotImplemented if o is None else op(self, o)
        def reverse(self, other):
            o = Frac._coerce(other)
            return NotImplemented if o is None else op(o, self)
        return forward, reverse

    __add__, __radd__ = _binop(lambda a, b: Frac(a.n * b.d + b.n * a.d, a.d * b.d))
    __sub__, __rsub__ = _binop(lambda a, b: Frac(a.n * b.d - b.n * a.d, a.d * b.d))
    __mul__, __rmul__ = _binop(lambda a, b: Frac(a.n * b.n, a.d * b.d))
    __truediv__, __rtruediv__ = _binop(lambda a, b: Frac(a.n * b.d, a.d * b.n))
    __lt__, _ = _binop(lambda a, b: a.n * b.d < b.n * a.d)
    __eq__, _ = _binop(lambda a, b: (a.n, a.d) == (b.n, b.d))
    del _binop, _

    def __hash__(self):
        return hash(self.n) if self.d == 1 else hash((self.n, self.d))

    def __neg__(self): return Frac(-self.n, self.d)
    def __abs__(self): return Frac(abs(self.n), self.d)
    def __float__(self): return self.n / self.d
    def __int__(self): return int(self.n / self.d)
    def __bool__(self): return self.n != 0
    def __repr__(self): return "Frac(%d, %d)" % (self.n, self.d)
    def __str__(self): return str(self.n) if self.d == 1 else "%d/%d" % (self.n, self.d)
    def __format__(self, spec): return format(str(self), spec)


a, b = Frac(1, 2), Frac(3, -4)
print(a, b, repr(b), a + b, a - b, a * b, a / b)
print(1 + a, 1 - a, 2 * b, 1 / a, -b, abs(b), float(b), int(Frac(7, 2)))
print(a < b, b < a, a > b, Frac(2, 4) == a, a == 0.5, Frac(4, 2) == 2, 2 == Frac(4, 2))
print(sorted([a, b, Frac(0), Frac(5, 3)]), sum([a, a, a]), bool(Frac(0, 5)))
print(len({Frac(1, 2), Frac(2, 4), Frac(3)}), hash(Frac(3)) == hash(3), f"[{a:>6}]")
for bad in (lambda: a + 0.5, lambda: a <= b, lambda: Frac(1, 0), lambda: a / Frac(0)):
    try:
        bad()
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
