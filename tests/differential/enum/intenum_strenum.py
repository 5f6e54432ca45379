# IntEnum and StrEnum: members are ints/strs, str() and format() are the value's.
from enum import IntEnum, StrEnum, Enum, auto


class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(Num.ONE, repr(Num.TWO), str(Num.THREE), f"{Num.ONE}", f"{Num.TWO:>4}|", format(Num.THREE, "05d"))
print(Num.ONE + 1, Num.TWO * Num.THREE, Num.ONE == 1, Num.TWO < Num.THREE, Num.THREE > 2, -Num.ONE)
print(isinstance(Num.ONE, int), int(Num.TWO), hash(Num.ONE) == hash(1), Num(2), Num(2.0) if 2.0 in Num else None)
print(sorted([Num.THREE, Num.ONE, 2]), [1, 2, 3][Num.ONE], list(range(Num.THREE)))
print({1: "a"}[Num.ONE], Num.ONE in {1, 5}, max(Num), sum(Num))
print("%d %s %r" % (Num.ONE, Num.ONE, Num.ONE), "{} {:d}".format(Num.TWO, Num.TWO))
print(Num.ONE.name, Num.ONE.value, type(Num.ONE.value), Num.ONE.real, Num.TWO.bit_length())


class Color(StrEnum):
    RED = auto()
    GREEN = "green"
    BLUE = auto()


print(Color.RED, repr(Color.GREEN), str(Color.BLUE), f"[{Color.RED:>6}]", Color.RED + "!", Color.RED.upper())
print(Color.RED == "red", Color("green"), list(Color), isinstance(Color.BLUE, str), len(Color.GREEN))
print(sorted(Color), "-".join(Color), Color.BLUE.value, Color["BLUE"])
try:
    class Bad(StrEnum):
        X = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(StrEnum):
        X = ("a", 1)
except TypeError as e:
    print(type(e).__name__, e)


class Raw(str, Enum):
    A = "a"
    B = "b"


class RawInt(int, Enum):
    X = 10


print(Raw.A, repr(Raw.A), f"{Raw.B}", Raw.A == "a", RawInt.X, f"{RawInt.X}", RawInt.X + 1, repr(RawInt.X))
try:
    Num(4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Num.ONE < Color.RED
except TypeError as e:
    print(type(e).__name__, e)
