# field(): default, default_factory, init, repr, compare, hash, metadata.
from dataclasses import dataclass, field, fields, MISSING


counter = [0]


def next_id():
    counter[0] += 1
    return counter[0]


@dataclass
class Item:
    name: str
    tags: list = field(default_factory=list)
    ident: int = field(default_factory=next_id, init=False)
    secret: str = field(default="hidden", repr=False)
    weight: float = field(default=1.0, compare=False)
    note: str = field(default="", metadata={"unit": "text", "max": 10})


a = Item("a")
b = Item("b", ["x"])
print(a, b)
print(a.secret, a.tags is not b.tags, a.ident, b.ident)
print(Item("a", weight=5.0) == Item("a", weight=2.0))
print(Item("a", secret="s") == Item("a"))
a.tags.append("t")
print(Item("z").tags)
for f in fields(Item):
    print(f.name, f.type.__name__, f.init, f.repr, f.compare, f.hash, f.kw_only,
          f.default is MISSING, f.default_factory is MISSING, dict(f.metadata))
print(fields(Item)[-1].metadata["unit"], type(fields(Item)[0].metadata).__name__)
try:
    fields(Item)[-1].metadata["unit"] = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(type(e).__name__, e)
print(Item.secret, Item.weight, hasattr(Item, "tags"), hasattr(Item, "name"))
try:
    Item("a", ident=3)
except TypeError as e:
    print(type(e).__name__, e)


try:
    @dataclass
    class NoAnnotation:
        x: int
        y = field(default=3)
except TypeError as e:
    print(type(e).__name__, e)
