# A physical quantity class with units, conversion, and mixed-unit arithmetic errors.
class UnitError(TypeError):
    pass


class Quantity:
    factors = {"m": 1.0, "cm": 0.01, "km": 1000.0, "s": 1.0, "min": 60.0}
    dims = {"m": "L", "cm": "L", "km": "L", "s": "T", "min": "T"}

    def __init__(self, value, unit):
        if unit not in self.factors:
            raise ValueError(f"unknown unit {unit!r}")
        self.value, self.unit = value, unit

    def to(self, unit):
        if self.dims[unit] != self.dims[self.unit]:
            raise UnitError(f"cannot convert {self.unit} to {unit}")
        return Quantity(self.value * self.factors[self.unit] / self.factors[unit], unit)

    def _check(self, other):
        if not isinstance(other, Quantity):
            return NotImplemented
        return other.to(self.unit)

    def __add__(self, other):
        o = self._check(other)
        return o if o is NotImplemented else Quantity(self.value + o.value, self.unit)

    def __sub__(self, other):
        o = self._check(other)
        return o if o is NotImplemented else Quantity(self.value - o.value, self.unit)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Quantity(self.value * k, self.unit)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, Quantity):
            return self.value * self.factors[self.unit] / (other.value * other.factors[other.unit])
        return Quantity(self.value / other, self.unit)

    def __eq__(self, other):
        if not isinstance(other, Quantity) or self.dims[self.unit] != self.dims[other.unit]:
            return NotImplemented
        return abs(self.to("m" if self.dims[self.unit] == "L" else "s").value
                   - other.to("m" if self.dims[other.unit] == "L" else "s").value) < 1e-9

    def __lt__(self, other):
        return self.value < other.to(self.unit).value

    def __hash__(self):
        return hash(round(self.value * self.factors[self.unit], 6))

    def __repr__(self):
        return f"{self.value:g} {self.unit}"


d1, d2, t = Quantity(1.5, "km"), Quantity(250, "m"), Quantity(2, "min")
print(d1 + d2, d2 + d1, d1 - d2, 3 * d2, d2 * 2, d1 / 3, d1 / d2)
print(d1.to("cm"), t.to("s"), Quantity(100, "cm") == Quantity(1, "m"), d1 == t)
print(sorted([d1, d2, Quantity(90, "cm")]), len({Quantity(1, "km"), Quantity(1000, "m")}))
for bad in (lambda: d1 + t, lambda: d1 + 5, lambda: Quantity(1, "ft"), lambda: d1 * d2):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
d1 < t
