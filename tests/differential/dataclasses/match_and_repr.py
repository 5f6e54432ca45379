# __match_args__ in class patterns, recursive reprs, repr of nested values.
from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Circle:
    center: Point
    radius: float = 1.0


def describe(shape):
    match shape:
        case Circle(Point(0, 0), r):
            return f"circle at origin, r={r}"
        case Circle(Point(x, y), radius=r) if r > 5:
            return f"big circle at {x},{y}"
        case Circle(center=c):
            return f"circle at {c}"
        case Point(x, 0):
            return f"point on x axis at {x}"
        case Point(x=x, y=y):
            return f"point {x},{y}"
    return "unknown"


for s in (Circle(Point(0, 0), 2), Circle(Point(1, 2), 9), Circle(Point(3, 4)), Point(5, 0), Point(1, 1), 7):
    print(describe(s))


@dataclass(match_args=False)
class NoArgs:
    a: int


print(hasattr(NoArgs, "__match_args__"))
try:
    match NoArgs(1):
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Own:
    a: int
    b: int
    __match_args__ = ("b",)


match Own(1, 2):
    case Own(x):
        print("matched b", x)


@dataclass
class Node:
    name: str
    links: list = field(default_factory=list)
    parent: object = None


root = Node("root")
child = Node("child", parent=root)
root.links.append(child)
root.links.append(root)
print(root)
print(child)
print([root, {"k": root}])


@dataclass
class Quoted:
    s: str
    f: float
    n: None = None


print(Quoted("it's", 1e20), Quoted('"q"', float("inf")))
