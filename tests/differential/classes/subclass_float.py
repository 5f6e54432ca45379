# Subclassing float: formatting, arithmetic result types, __new__ validation.
class Probability(float):
    def __new__(cls, value):
        value = float(value)
        if not 0.0 <= value <= 1.0:
            raise ValueError("probability out of range: %r" % value)
        return super().__new__(cls, value)

    def complement(self):
        return Probability(1.0 - self)

    def __repr__(self):
        return "P(%s)" % float.__repr__(self)


p = Probability(0.25)
print(p, repr(p), str(p), float(p))
print(p.complement(), p * 2, type(p * 2).__name__)
print(p.is_integer(), p.as_integer_ratio(), round(p, 1), type(round(p, 1)).__name__)
print(f"{p:.3f} {p:e} {p:%}")
print(p == 0.25, p < 0.5, hash(p) == hash(0.25))
for bad in (1.5, -0.1, "0.9", "x"):
    try:
        print(repr(Probability(bad)))
    except ValueError as e:
        print(type(e).__name__, e)


class Celsius(float):
    def __add__(self, other):
        return Celsius(float(self) + other)

    def __str__(self):
        return "%.1f°C" % self


t = Celsius(21.5)
print(t + 1, 1 + t, type(1 + t).__name__)
print(str(t), repr(t))
print(max(Celsius(3), Celsius(7)), min([Celsius(2.5), 1.0]))
print(int(Celsius(9.99)), Celsius("1e2"), Celsius(float("inf")) > 10 ** 300)
print(Celsius.fromhex("0x1.8p1"), type(Celsius.fromhex("0x1p0")).__name__)
