# frozen=True: assignments and deletions raise FrozenInstanceError.
from dataclasses import dataclass, FrozenInstanceError, field


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
for action in ("set", "del", "new"):
    try:
        if action == "set":
            p.x = 5
        elif action == "del":
            del p.y
        else:
            p.z = 1
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
print(p, hash(p) == hash((1, 2)), {p: "a"}[Point(1, 2)])
print(issubclass(FrozenInstanceError, AttributeError), FrozenInstanceError.__mro__[1].__name__)
print(Point.__setattr__.__qualname__, Point.__delattr__.__qualname__, Point.__hash__.__qualname__)


@dataclass(frozen=True)
class Child(Point):
    z: int = 3


c = Child(1, 2, 3)
print(c)
try:
    c.z = 4
except FrozenInstanceError as e:
    print(e)


# A non-dataclass subclass may set its own attributes, but not fields.
class Plain(Point):
    pass


q = Plain(4, 5)
q.extra = 6
print(q.extra)
try:
    q.x = 1
except FrozenInstanceError as e:
    print(e)


@dataclass(frozen=True)
class WithFactory:
    items: list = field(default_factory=list)
    total: int = field(default=0, init=False)

    def __post_init__(self):
        object.__setattr__(self, "total", len(self.items))


w = WithFactory([1, 2, 3])
print(w, w.total)

try:
    @dataclass
    class Thaw(Point):
        w: int = 0
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Mutable:
    a: int


try:
    @dataclass(frozen=True)
    class FrozenChild(Mutable):
        b: int = 0
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass(frozen=True)
    class Custom:
        a: int

        def __setattr__(self, name, value):
            pass
except TypeError as e:
    print(type(e).__name__, e)
