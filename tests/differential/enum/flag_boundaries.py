# Flag boundaries: STRICT (Flag default), CONFORM, EJECT, KEEP (IntFlag default).
from enum import Flag, IntFlag, FlagBoundary, STRICT, CONFORM, EJECT, KEEP, auto


class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


for cls in (Strict, Conform, Eject, Keep):
    print(cls.__name__, cls._boundary_, repr(cls._boundary_))
    for value in (3, 4, 7, -1, -4):
        try:
            print("  ", value, repr(cls(value)))
        except ValueError as e:
            print("  ", value, type(e).__name__, e)
    print("  ~A", repr(~cls.A))

print(FlagBoundary.STRICT, repr(KEEP), list(FlagBoundary), STRICT == "strict")


class Default(Flag):
    X = auto()


print(Default._boundary_, IntFlag._boundary_, Flag._boundary_)
