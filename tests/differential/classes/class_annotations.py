# Class-level annotations: __annotations__, annotated-only names, inheritance.
class Point:
    x: int
    y: int = 0
    label: "str" = "origin"
    count = 5  # not annotated


print(Point.__annotations__)
print(hasattr(Point, "x"), Point.y, Point.label)
try:
    Point.x
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in vars(Point) if not k.startswith("__")))


class Point3(Point):
    z: float = 1.5


print(Point3.__annotations__)  # only the subclass's own annotations
print(Point3.y, Point3.z)


class Empty:
    pass


print(Empty.__annotations__ if "__annotations__" in Empty.__dict__ else "no annotations in dict")
print(Empty.__annotations__, "__annotations__" in Empty.__dict__)


# annotations are evaluated at class creation time
evaluated = []


def note(tag):
    evaluated.append(tag)
    return tag


class Evaluated:
    a: note("first") = 1
    b: note("second")


print(evaluated, Evaluated.__annotations__)


# annotating attributes of self in methods does not touch class annotations
class Inst:
    def __init__(self):
        self.v: int = 3


print(Inst().v, Inst.__annotations__ if "__annotations__" in Inst.__dict__ else {})

# annotations on a type() created class
T = type("T", (), {"__annotations__": {"q": int}})
print(T.__annotations__["q"].__name__)
