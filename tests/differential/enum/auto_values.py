# auto() and _generate_next_value_.
from enum import Enum, Flag, IntEnum, StrEnum, auto


class Counting(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
    E = 20
    F = auto()


print(list(Counting))


class Named(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return f"{name.lower()}-{start}-{count}-{len(last_values)}"

    NORTH = auto()
    SOUTH = auto()


print(list(Named))


class Lower(StrEnum):
    ALPHA = auto()
    BETA_GAMMA = auto()


print(list(Lower))


class Bits(Flag):
    A = auto()
    B = auto()
    C = 16
    D = auto()


print(list(Bits), repr(Bits.D))


class Ints(IntEnum):
    X = auto()
    Y = auto()


print(list(Ints), Ints.X + Ints.Y)


class Tupled(Enum):
    FIRST = (auto(), "one")
    SECOND = (auto(), "two")

    def __init__(self, number, label):
        self.number = number
        self.label = label


print(list(Tupled), Tupled.SECOND.number, Tupled.SECOND.label)
print(repr(auto()), repr(auto(5)))


class Inherit(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return count * 100


class Child(Inherit):
    P = auto()
    Q = auto()


print(list(Child))

try:
    class Late(Enum):
        A = auto()

        def _generate_next_value_(name, start, count, last_values):
            return 0
except TypeError as e:
    print(type(e).__name__, e)


class Floats(Enum):
    HALF = 0.5
    NEXT = auto()


print(list(Floats))
