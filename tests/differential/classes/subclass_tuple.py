# Subclassing tuple: named-tuple-like records with __new__ and properties.
class Point(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return "Point(x=%r, y=%r)" % self

    def __add__(self, other):
        return Point(self.x + other[0], self.y + other[1])


p = Point(1, 2)
q = Point(10, 20)
print(p, q, p + q, p.x, q.y)
print(len(p), list(p), p[0], p[-1], p[:1], type(p[:1]).__name__)
print(p == (1, 2), (1, 2) == p, hash(p) == hash((1, 2)), p < q)
x, y = q
print(x, y, p.count(1), p.index(2), 2 in p)
print(tuple(p), type(tuple(p)).__name__, p * 2, type(p * 2).__name__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
print({p: "origin-ish"}[Point(1, 2)])


class Pair(tuple):
    pass


pr = Pair([3, 4])
print(pr, type(pr).__name__, pr + (5,), type(pr + (5,)).__name__)
pr.label = "has dict"  # no __slots__ -> has __dict__
print(pr.label, sorted(Pair("ab")))
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
