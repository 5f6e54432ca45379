# Flag: |, &, ^, ~, membership, iteration over a value's members, reprs.
from enum import Flag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1


RW = Perm.R | Perm.W
print(RW, repr(RW), str(RW), f"{RW}", RW.name, RW.value)
print(list(RW), len(RW), bool(RW), Perm.R in RW, Perm.X in RW, RW in RW)
print(Perm.R & Perm.W, repr(Perm.R & Perm.W), Perm.R ^ RW, RW & Perm.W)
print(~Perm.R, repr(~RW), ~Perm(0), ~(Perm.R | Perm.W | Perm.X))
print(list(Perm), len(Perm), Perm(7), Perm(0), repr(Perm(0)), Perm(0).name, bool(Perm(0)))
print(Perm(6) is RW, Perm(6) is Perm.R | Perm.W, Perm["R"], list(Perm(0)))
print(RW == Perm(6), RW != Perm.R, hash(RW) == hash(Perm(6)))
try:
    Perm.R | 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in RW
except TypeError as e:
    print(type(e).__name__, e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    NONE = 0


print(list(Color), Color.WHITE, repr(Color.WHITE), list(Color.WHITE), len(Color.WHITE))
print(Color.NONE, repr(Color.NONE), Color(0) is Color.NONE, Color.RED | Color.GREEN)
print(Color.__members__.keys())
print(~Color.RED, ~Color.WHITE, Color.WHITE & ~Color.GREEN)
print([m.name for m in Color.WHITE], Color._flag_mask_, Color._all_bits_, Color._singles_mask_)


class Unordered(Flag):
    B = 2
    A = 1
    C = 4


print(list(Unordered), list(Unordered(7)), Unordered(7), Unordered(3))


class Gap(Flag):
    ONE = 1
    FOUR = 4


for v in (2, 8, 5, -1, "x"):
    try:
        print(repr(Gap(v)))
    except ValueError as e:
        print(type(e).__name__, e)
