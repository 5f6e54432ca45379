# @unique and @verify(UNIQUE, CONTINUOUS, NAMED_FLAGS).
from enum import Enum, Flag, IntEnum, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, EnumCheck


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))

try:
    @unique
    class Color(Enum):
        RED = 1
        GREEN = 2
        BLUE = 3
        CRIMSON = 1
        LIME = 2
except ValueError as e:
    print(type(e).__name__, e)

try:
    @unique
    class Bits(Flag):
        A = 1
        B = 2
        AB = 3
        ALSO_A = 1
except ValueError as e:
    print(type(e).__name__, e)


def check(*checks):
    def apply(make):
        try:
            cls = verify(*checks)(make())
            print("ok", cls)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    return apply


def dup():
    class D(Enum):
        X = 1
        Y = 1
    return D


def gap():
    class G(IntEnum):
        A = 1
        B = 2
        E = 5
    return G


def flag_gap():
    class F(Flag):
        A = 1
        D = 8
    return F


def named_flags():
    class N(Flag):
        A = 1
        B = 2
        ALL = 15
    return N


def continuous():
    class C(IntEnum):
        A = 3
        B = 4
        C = 5
    return C


check(UNIQUE)(dup)
check(CONTINUOUS)(gap)
check(CONTINUOUS)(flag_gap)
check(NAMED_FLAGS)(named_flags)
check(CONTINUOUS, UNIQUE)(continuous)
print(list(EnumCheck), UNIQUE)
try:
    verify(UNIQUE)(int)
except TypeError as e:
    print(type(e).__name__, e)
