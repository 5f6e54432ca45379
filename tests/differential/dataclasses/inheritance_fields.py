# Fields of dataclass bases come first; redefinitions keep their place.
from dataclasses import dataclass, field, fields


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2
    x: int = 5


print([f.name for f in fields(Derived)], Derived(), Derived(7, 8, 9))
print(Derived.__match_args__, Derived.__doc__)


class Mixin:
    def describe(self):
        return f"{type(self).__name__} with {len(fields(self))} fields"


@dataclass
class WithMixin(Mixin, Base):
    w: str = "w"


print(WithMixin(0), WithMixin(0).describe())


class NotADataclass(Base):
    extra: int = 3


print(NotADataclass(4), [f.name for f in fields(NotADataclass)])


@dataclass
class Grand(NotADataclass):
    g: int = 9


print(Grand(1), [f.name for f in fields(Grand)])

try:
    @dataclass
    class Broken(Base):
        required: int
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class A:
    a: int = 0


@dataclass
class B:
    b: int = 1


@dataclass
class C(A, B):
    c: int = 2


print(C(), [f.name for f in fields(C)])


@dataclass
class Overrides(Base):
    def __repr__(self):
        return "custom"


print(repr(Overrides(1)), Overrides(1) == Overrides(1, 1))


@dataclass(repr=False, eq=False)
class NoMethods:
    a: int


n = NoMethods(1)
print("__repr__" in NoMethods.__dict__, "__eq__" in NoMethods.__dict__, n == NoMethods(1), n.a)


@dataclass(init=False)
class NoInit:
    a: int = 3


print(NoInit(), NoInit.__doc__)
