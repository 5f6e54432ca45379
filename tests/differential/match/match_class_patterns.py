# Class patterns: keyword attributes, positional via __match_args__, builtin types.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center, self.radius = center, radius

class Rect:
    def __init__(self, p1, p2):
        self.p1, self.p2 = p1, p2

def describe(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return "on y axis at %d" % y
        case Point(x, 0):
            return "on x axis at %d" % x
        case Point(x, y) if x == y:
            return "diagonal %d" % x
        case Point():
            return "some point"
        case Circle(Point(x=cx, y=cy), r) if r > 10:
            return "big circle at %d,%d" % (cx, cy)
        case Circle(center=c, radius=r):
            return "circle r=%d" % r
        case Rect(p1=Point(x=x1), p2=Point(x=x2)):
            return "rect width %d" % abs(x2 - x1)
        case _:
            return "unknown"

shapes = [Point(0, 0), Point(0, 5), Point(3, 0), Point(4, 4), Point(1, 2),
          Circle(Point(1, 1), 20), Circle(Point(1, 1), 2), Rect(Point(1, 1), Point(6, 3)), "str"]
for s in shapes:
    print(describe(s))

# Builtin types match the subject itself with one positional pattern
for v in [5, 2.0, "s", [1], {"k": 1}, True, None, (1,)]:
    match v:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i)
        case float(f) | str(f):
            print("float or str", f)
        case list([x]):
            print("list of one", x)
        case dict({"k": kv}):
            print("dict with k", kv)
        case _:
            print("other", v)

# Too many positional subpatterns is a TypeError at match time
try:
    match Point(1, 2):
        case Point(a, b, c):
            pass
except TypeError as e:
    print("TypeError:", e)

match Rect(1, 2):
    case Rect(p1, p2):
        print("never")
