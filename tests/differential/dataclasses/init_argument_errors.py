# The generated __init__ binds arguments with CPython's messages.
from dataclasses import dataclass, field, KW_ONLY


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Defaults:
    a: int
    b: int = 2
    c: list = field(default_factory=list)


@dataclass
class Three:
    a: int
    b: int
    c: int


@dataclass
class Kw:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3


def attempt(cls, *args, **kwargs):
    try:
        print(cls(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)


attempt(Point)
attempt(Point, 1)
attempt(Point, 1, 2, 3)
attempt(Point, 1, 2, 3, 4)
attempt(Point, 1, 2, z=3)
attempt(Point, 1, x=2)
attempt(Point, 1, y=2, x=3)
attempt(Point, 1, self=2)
attempt(Point, y=1)
attempt(Defaults)
attempt(Defaults, 1, 2, [3], 4)
attempt(Defaults, 1, c=[9])
attempt(Three)
attempt(Three, 1)
attempt(Kw, 1)
attempt(Kw, 1, 2)
attempt(Kw, 1, 2, b=3)
attempt(Kw, 1, 2, 3, b=3, c=4)
attempt(Kw, a=1, b=2)
attempt(Kw, b=2)
attempt(Kw, 1, b=2, d=5)
try:
    Point.__init__()
except TypeError as e:
    print(type(e).__name__, e)
