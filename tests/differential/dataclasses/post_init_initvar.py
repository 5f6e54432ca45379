# __post_init__ and InitVar pseudo-fields.
from dataclasses import dataclass, field, fields, InitVar, replace


@dataclass
class Rect:
    width: float
    height: float
    scale: InitVar[float] = 1.0
    area: float = field(init=False)

    def __post_init__(self, scale):
        self.width *= scale
        self.height *= scale
        self.area = self.width * self.height


print(Rect(2, 3), Rect(2, 3, 2.0), Rect(1, 1, scale=3))
print([f.name for f in fields(Rect)])
print(Rect.__dataclass_fields__["scale"]._field_type, Rect.__dataclass_fields__["area"]._field_type)
print(InitVar[int], InitVar[str].type, repr(InitVar("label")))
print(Rect.__doc__)
print(Rect.scale)
print(replace(Rect(1, 2), width=5, scale=2))


@dataclass
class NoDefault:
    a: int
    secret: InitVar[str]

    def __post_init__(self, secret):
        print("post_init got", secret)


n = NoDefault(1, "s")
print(n, hasattr(n, "secret"))
try:
    replace(n, a=2)
except ValueError as e:
    print(type(e).__name__, e)
print(replace(n, secret="t"))


@dataclass
class Base:
    a: int

    def __post_init__(self):
        print("Base post_init", self.a)


@dataclass
class Child(Base):
    b: int = 0

    def __post_init__(self):
        super().__post_init__()
        print("Child post_init", self.b)


Child(1, 2)

try:
    @dataclass
    class BadFactory:
        x: InitVar[list] = field(default_factory=list)
except TypeError as e:
    print(type(e).__name__, e)

try:
    replace(Rect(1, 2), area=3)
except ValueError as e:
    print(type(e).__name__, e)


@dataclass
class Raises:
    v: int

    def __post_init__(self):
        if self.v < 0:
            raise ValueError(f"negative: {self.v}")


try:
    Raises(-1)
except ValueError as e:
    print(type(e).__name__, e)
