# Subclasses of complex: construction, arithmetic results, overrides.
class Z(complex):
    def __repr__(self):
        return "Z" + super().__repr__()

    def norm(self):
        return self.real ** 2 + self.imag ** 2


z = Z(3, 4)
print(z, z.norm(), isinstance(z, complex), type(z).__name__, type(z + 1).__name__, z + 1, z == 3 + 4j)
print(Z("1+1j"), Z(), Z(1j), complex(z), type(complex(z)).__name__, type(-z).__name__, abs(z))
print(hash(z) == hash(3 + 4j), z.conjugate(), type(z.conjugate()).__name__, format(z, ".1f"), str(z))


class Tagged(complex):
    def __new__(cls, re, im, tag):
        self = super().__new__(cls, re, im)
        self.tag = tag
        return self


t = Tagged(1, 2, "t")
print(t, t.tag, t * 2, t.real)


class AddOverride(complex):
    def __add__(self, other):
        return "added"


print(AddOverride(1) + 1, 1 + AddOverride(1), AddOverride(2) * 2)
