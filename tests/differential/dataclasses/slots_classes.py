# slots=True returns a new class whose instances keep fields in slots.
from dataclasses import dataclass, field, fields


@dataclass(slots=True)
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


p = Point(1)
print(p, Point.__slots__, hasattr(p, "__dict__"), p.tags)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Point.__dict__["x"]).__name__, Point.__qualname__, Point.__init__.__qualname__)
print([f.name for f in fields(Point)], Point(1, 2) == Point(1, 2))


@dataclass(slots=True, frozen=True)
class Frozen:
    a: int
    b: str = "b"


f = Frozen(1)
print(f, hash(f) == hash((1, "b")), f.__getstate__())
try:
    f.a = 2
except AttributeError as e:
    print(type(e).__name__, e)


@dataclass(slots=True)
class Base:
    a: int


@dataclass(slots=True)
class Child(Base):
    b: int = 2


print(Child(1), Child.__slots__, Base.__slots__)


@dataclass(slots=True)
class NoDefaultSlot:
    a: int = field(init=False, default=5)
    b: int = 1


print(NoDefaultSlot(), NoDefaultSlot(3).a)

try:
    @dataclass(slots=True)
    class Already:
        __slots__ = ("a",)
        a: int
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass(weakref_slot=True)
    class Weak:
        a: int
except TypeError as e:
    print(type(e).__name__, e)


class Outer:
    @dataclass(slots=True)
    class Inner:
        v: int


print(Outer.Inner(2), Outer.Inner.__qualname__)
