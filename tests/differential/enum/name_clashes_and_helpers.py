# Members named like inherited attributes, enum.property, global_enum,
# enum.bin and show_flag_values, __init_subclass__, value keyword.
import enum
from enum import Enum, IntEnum, StrEnum, Flag, global_enum


class Field(Enum):
    name = 1
    value = 2


print(Field.name, Field.value, Field.name.name, Field.value.value, Field["name"], list(Field))


class Counts(IntEnum):
    real = 1
    numerator = 2


print(Counts.real, Counts.numerator, Counts.real.real, Counts.numerator.numerator, repr(Counts.real))


class Case(StrEnum):
    upper = "u"
    title = "t"


print(repr(Case.upper), Case.upper.upper(), Case.title.title(), list(Case))


class Shape(Enum):
    SQUARE = 4
    TRIANGLE = 3

    @enum.property
    def sides(self):
        return self.value

    @enum.property
    def label(self):
        return self.name.lower()


print(Shape.SQUARE.sides, Shape.TRIANGLE.label)
try:
    Shape.sides
except AttributeError as e:
    print(type(e).__name__, e)


@global_enum
class Mode(Enum):
    FAST = 1
    SLOW = 2


print(repr(Mode.FAST), str(Mode.SLOW), FAST is Mode.FAST, SLOW)


@global_enum
class Opt(Flag):
    A = 1
    B = 2


print(repr(Opt.A), repr(Opt.A | Opt.B), str(Opt.A | Opt.B), repr(Opt(0)))
print(enum.bin(10), enum.bin(~10), enum.bin(5, 8), enum.bin(0), enum.show_flag_values(13))


class Registry(Enum):
    def __init_subclass__(cls, **kwargs):
        print("init_subclass", cls.__name__, list(cls.__members__))
        super().__init_subclass__(**kwargs)


class Kinds(Registry):
    ONE = 1
    TWO = 2


print(Kinds(value=2), Kinds.__doc__, Kinds.ONE.__reduce_ex__(4))
