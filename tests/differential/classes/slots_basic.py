# __slots__: no __dict__, AttributeError for undeclared attributes.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
print(hasattr(p, "__dict__"), Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
del p.y
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 5
print(p.y)
print(type(Point.x).__name__)

try:
    vars(p)
except TypeError as e:
    print(type(e).__name__, e)


# subclass without __slots__ regains __dict__
class Point3(Point):
    pass


q = Point3(1, 2)
q.z = 3
print(q.z, sorted(vars(q)))


# subclass with its own slots
class Named(Point):
    __slots__ = ("name",)


n = Named(0, 0)
n.name = "origin"
print(n.name, n.x)
try:
    n.other = 1
except AttributeError as e:
    print(type(e).__name__, e)

# slots with a class attribute of the same name conflicts
try:
    class Bad:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(type(e).__name__, e)
p.z = 1
