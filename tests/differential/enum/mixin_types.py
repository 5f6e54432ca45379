# Enums mixed with data types: str(), format() and repr() per CPython 3.12.
from dataclasses import dataclass
from enum import Enum, IntEnum, ReprEnum


class Fl(float, Enum):
    HALF = 0.5
    THIRD = 1 / 3


print(Fl.HALF, repr(Fl.THIRD), f"{Fl.HALF}", Fl.HALF * 2)
try:
    format(Fl.HALF, ".2f")
except ValueError as e:
    print(type(e).__name__, e)


class Text(str, Enum):
    A = "alpha"

    def __str__(self):
        return "custom " + self.value


print(Text.A, repr(Text.A), f"{Text.A}", Text.A.upper())


class FloatRepr(float, ReprEnum):
    PI = 3.14


print(FloatRepr.PI, repr(FloatRepr.PI), f"{FloatRepr.PI:.1f}")


@dataclass
class Spec:
    size: int
    label: str


class Sizes(Spec, Enum):
    SMALL = 1, "s"
    LARGE = 10, "l"


print(repr(Sizes.SMALL), Sizes.LARGE.size, Sizes.LARGE.label, Sizes.SMALL.value)


class Unit:
    def __repr__(self):
        return "Unit()"


class WithRepr(Unit, Enum):
    A = 1


print(repr(WithRepr.A), WithRepr.A)

try:
    class NoData(ReprEnum):
        A = 1
except TypeError as e:
    print(type(e).__name__, e)


class Wide(IntEnum):
    BIG = 2 ** 70


print(Wide.BIG, repr(Wide.BIG), Wide.BIG + 1)
