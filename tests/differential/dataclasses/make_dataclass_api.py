# make_dataclass() with fields given as names, pairs and triples.
from dataclasses import make_dataclass, field, fields, is_dataclass

Point = make_dataclass("Point", ["x", ("y", int), ("z", int, field(default=5))],
                       module=__name__, frozen=True)
p = Point(1, 2)
print(p, Point.__doc__, Point.__module__, Point.__qualname__, is_dataclass(Point))
print([(f.name, f.type) for f in fields(Point)], hash(p) == hash((1, 2, 5)))

Labeled = make_dataclass("Labeled", [("label", str, field(default=""))], bases=(Point,),
                         namespace={"describe": lambda self: f"{self.label}@{self.x},{self.y}"},
                         module="shapes", frozen=True, order=True)
q = Labeled(1, 2, 3, "a")
print(q, q.describe(), Labeled.__module__, Labeled.__mro__[1].__name__, q < Labeled(1, 2, 3, "b"))

for bad in (["class"], ["a", "a"], [3], ["not valid"], [("a",)]):
    try:
        make_dataclass("Bad", bad, module=__name__)
    except TypeError as e:
        print(type(e).__name__, e)


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


Made = make_dataclass("Made", [("v", int)], bases=(WithMeta,), module=__name__)
print(type(Made).__name__, Made(4))
