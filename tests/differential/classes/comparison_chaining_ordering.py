# Chained comparisons with custom classes and implementing a full ordering.
calls = []


class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text

    def __repr__(self):
        return "v" + self.text

    def _cmp(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.parts > other.parts) - (self.parts < other.parts)

    def __eq__(self, other):
        calls.append("eq")
        c = self._cmp(other)
        return c if c is NotImplemented else c == 0

    def __lt__(self, other):
        calls.append("lt")
        c = self._cmp(other)
        return c if c is NotImplemented else c < 0

    def __le__(self, other):
        calls.append("le")
        c = self._cmp(other)
        return c if c is NotImplemented else c <= 0

    def __hash__(self):
        return hash(self.parts)


a, b, c = Version("1.2"), Version("1.10"), Version("2.0")
print(a < b < c, a < c < b, a <= a < b)
calls.clear()
print(a < b > c)  # b > c uses reflected c.__lt__(b)
print(calls)
calls.clear()
print(c < b < a)  # short-circuits after the first False
print(calls)
print(a >= b, c >= a)  # reflected __le__
print(sorted([c, a, b, Version("1.2.1")]))
print(min(c, a, b), max(c, a, b))
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("1.0.0"))
print(len({Version("3.1"), Version("3.1"), Version("3.2")}))
try:
    a < "1.3"
except TypeError as e:
    print(type(e).__name__, e)
try:
    a > 5
except TypeError as e:
    print(type(e).__name__, e)
print(a == "1.2", a != "1.2")
