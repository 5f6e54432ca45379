# @dataclass without arguments: generated __init__, __repr__ and __eq__.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print(p == (1, 2), Point.__eq__(p, (1, 2)))
print(repr(Point(x="a", y=[1, 2])))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__)
print(Point.__init__.__name__, Point.__repr__.__name__)
print(Point.__hash__)
print(Point.__doc__)
print(Point.__match_args__)
p.x = 10
print(p, p.__dict__)


class Sub(Point):
    pass


# The repr uses the runtime class's qualname, equality demands the same class.
print(Sub(1, 2), Sub(1, 2) == Point(1, 2), Sub(1, 2) == Sub(1, 2))


@dataclass()
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__doc__, Empty.__match_args__)


@dataclass
class Documented:
    """A class with its own docstring."""
    a: str


print(Documented.__doc__, Documented("x"))


class Outer:
    @dataclass
    class Inner:
        v: float


print(Outer.Inner(1.5), Outer.Inner.__init__.__qualname__)
print(Point.__init__.__module__, Point.__repr__.__module__, Point.__eq__.__module__)
