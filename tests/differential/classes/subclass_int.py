# Subclassing int: arithmetic returns int unless overridden, __new__ tricks.
class Cents(int):
    def __new__(cls, value, currency="USD"):
        obj = super().__new__(cls, value)
        obj.currency = currency
        return obj

    def __repr__(self):
        return "Cents(%d, %s)" % (int(self), self.currency)

    def __str__(self):
        return "%d.%02d %s" % (self // 100, self % 100, self.currency)


c = Cents(1234)
print(repr(c), str(c), int(c), c + 1, type(c + 1).__name__)
print(isinstance(c, int), c == 1234, hash(c) == hash(1234), c < 2000)
print(c.bit_length(), c.to_bytes(2, "big"), divmod(c, 100), -c, type(-c).__name__)
print(f"{c:>8}|{c:x}|{c:,}")
print([1, 2, 3][Cents(1)], range(10)[Cents(3)], "ab" * Cents(2))
print(sorted([Cents(5), 3, Cents(1)]))


class Modular(int):
    modulus = 7

    def __add__(self, other):
        return Modular((int(self) + int(other)) % self.modulus)

    __radd__ = __add__

    def __mul__(self, other):
        return Modular((int(self) * int(other)) % self.modulus)

    def __repr__(self):
        return "Mod(%d)" % int(self)


m = Modular(5)
print(m + 4, 4 + m, m * 3, m - 10, type(m - 10).__name__)
print(sum([Modular(3), Modular(4), Modular(6)]))
x = m
x += 6
print(x, type(x).__name__)


class Flag(int):
    pass


f = Flag(True)
print(f, repr(f), type(f).__name__, f is True, bool(f))
print(int.__repr__(Modular(9)), Flag("0x1f", 16), Flag(" 12 "))
try:
    Flag("abc")
except ValueError as e:
    print(type(e).__name__, e)
