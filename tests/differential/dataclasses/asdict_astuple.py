# asdict()/astuple(): recursive, copying lists, tuples and dicts.
from dataclasses import dataclass, field, asdict, astuple


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Shape:
    name: str
    points: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    origin: Point = None
    pair: tuple = ()


pts = [Point(0, 0), Point(1, 2)]
s = Shape("tri", pts, {"color": Point(9, 9), "n": [1, 2]}, Point(5, 5), (Point(1, 1), 2))
d = asdict(s)
print(d)
print(astuple(s))
print(d["points"] is pts, d["points"][0] is pts[0], type(d["points"][0]).__name__)
d["meta"]["n"].append(3)
print(s.meta["n"])
print(asdict(Point(1, 2), dict_factory=list))
print(astuple(Point(1, 2), tuple_factory=list))


def ordered(pairs):
    return {k: v for k, v in reversed(pairs)}


print(asdict(s, dict_factory=ordered))

for fn in (asdict, astuple):
    for bad in (Point, 3, [Point(1, 2)]):
        try:
            fn(bad)
        except TypeError as e:
            print(type(e).__name__, e)


class Opaque:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Opaque({self.v})"


@dataclass
class Holder:
    thing: object
    things: set = field(default_factory=set)


o = Opaque([1])
h = Holder(o, {1, 2})
hd = asdict(h)
print(hd, hd["thing"] is o, hd["thing"].v == o.v, hd["thing"].v is o.v)
print(astuple(h)[1] == {1, 2})


@dataclass
class Tree:
    value: int
    children: list = field(default_factory=list)


t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(asdict(t))
print(astuple(t))
