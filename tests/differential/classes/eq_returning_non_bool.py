# __eq__ and friends may return arbitrary objects; truthiness applies in conditions.
class Elementwise:
    def __init__(self, *values):
        self.values = list(values)

    def __eq__(self, other):
        return [v == other for v in self.values]

    def __lt__(self, other):
        return Elementwise(*[v < other for v in self.values])

    def __repr__(self):
        return "E" + repr(tuple(self.values))

    def __bool__(self):
        raise ValueError("truth value of an Elementwise is ambiguous")

    __hash__ = None


e = Elementwise(1, 2, 3)
print(e == 2, e != 2)  # default __ne__ negates the result of __eq__
print(e < 3)
try:
    if e < 3:
        pass
except ValueError as err:
    print(type(err).__name__, err)
print(bool(e == 5), bool(e == 1))  # non-empty lists are truthy
try:
    print(e < 3 < 5)
except ValueError as err:
    print(type(err).__name__, err)
print(2 in [e], e in [e])  # list membership: identity first, then truthiness of __eq__


class Strange:
    def __eq__(self, other):
        return "yes"

    def __ne__(self, other):
        return 0


s = Strange()
print(s == 1, s != 1, 1 == s, [1] == [s], (s,) == (2,))
print([s].count(5), [s].index(3))


class NoneEq:
    def __eq__(self, other):
        return None
n = NoneEq()
print(n == 1, n != 1, n in [1], [n] == [1])
