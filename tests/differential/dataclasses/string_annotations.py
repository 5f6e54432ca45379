# String annotations: InitVar and KW_ONLY recognised by name, as CPython does
# without evaluating them; a field named self.
import dataclasses
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY


@dataclass
class Strings:
    a: "int"
    b: "InitVar[int]" = 0
    _: "KW_ONLY"
    c: "str" = "c"
    d: "dataclasses.InitVar[str]" = "d"
    e: "ClassVar[int]" = 5

    def __post_init__(self, b, d):
        print("post_init", b, d)


s = Strings(1, 2, c="x", d="y")
print(s, [f.name for f in fields(Strings)])
print([(f.name, f._field_type) for f in Strings.__dataclass_fields__.values()])
print(Strings.__doc__)
print(Strings.__match_args__)


@dataclass
class Qualified:
    x: int
    _: "dataclasses.KW_ONLY"
    y: int = 0


print(Qualified(1, y=2), Qualified.__match_args__)


@dataclass
class HasSelf:
    self: int
    other: int = 0


h = HasSelf(1, 2)
print(h, HasSelf(self=3), HasSelf.__doc__)
try:
    HasSelf()
except TypeError as e:
    print(type(e).__name__, e)


class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name

    def __repr__(self):
        return f"Named({self.name})"


@dataclass
class WithDescriptorDefault:
    n: Named = field(default=Named())


print(WithDescriptorDefault())


@dataclass
class Annotated:
    plain: int
    other: "Annotated" = None
    lst: "list[int]" = None


print(Annotated.__doc__, Annotated(1))
