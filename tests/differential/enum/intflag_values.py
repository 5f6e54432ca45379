# IntFlag: int-compatible flags that keep unknown bits.
from enum import IntFlag, auto


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


print(Perm.R | Perm.W, repr(Perm.R | Perm.W), str(Perm.R | Perm.W), f"{Perm.X}", format(Perm.R, "03b"))
print(Perm.R | 8, repr(Perm.R | 8), repr(Perm(9)), Perm.R + 1, Perm.R * 2, type(Perm.R + 1).__name__)
print(repr(~Perm.R), repr(~Perm(0)), repr(Perm(0)), Perm(0), 1 | Perm.W, repr(2 & Perm.W))
print(Perm.R == 4, Perm.W < Perm.R, Perm.R < Perm.W | Perm.X, isinstance(Perm.X, int))
print(list(Perm(7)), len(Perm(7)), Perm.R in Perm(6), list(Perm), Perm(7) & 3)
print(repr(Perm(-1)), repr(Perm(-5)), repr(Perm(16)))
print(hash(Perm.R) == hash(4), {4: "r"}[Perm.R], sorted([Perm.X | Perm.W, Perm.R, Perm.X]))


class Mode(IntFlag):
    READ = auto()
    WRITE = auto()
    APPEND = auto()
    RW = READ | WRITE


print(list(Mode), repr(Mode.RW), Mode.RW, Mode(3) is Mode.RW, [m.name for m in Mode.RW])
print(Mode.__members__)
try:
    Mode.READ in 3
except TypeError as e:
    print(type(e).__name__, e)
