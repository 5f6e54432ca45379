# The functional API: EnumType.__call__ with names creates a class.
from enum import Enum, IntEnum, Flag, StrEnum


Animal = Enum("Animal", "ANT BEE CAT", module=__name__)
print(Animal, list(Animal), Animal.BEE.value, Animal.__module__, Animal.__qualname__)
Colors = Enum("Colors", "RED, GREEN,BLUE", module=__name__)
print(list(Colors))
Pairs = Enum("Pairs", [("A", 10), ("B", 20)], module=__name__)
print(list(Pairs), Pairs(20))
Mapped = Enum("Mapped", {"X": "x", "Y": "y"}, module=__name__)
print(list(Mapped))
Listed = IntEnum("Listed", ["ONE", "TWO"], start=10, module=__name__)
print(list(Listed), Listed.TWO + 1)
Perms = Flag("Perms", "R W X", module=__name__)
print(list(Perms), Perms.R | Perms.X)
Words = StrEnum("Words", "HELLO WORLD", module=__name__)
print(list(Words), Words.HELLO + "!")
Typed = Enum("Typed", "A B", type=int, module=__name__)
print(list(Typed), Typed.A + 1, Typed.__mro__[1].__name__)
Qual = Enum("Qual", "P Q", module="pkg.mod", qualname="Outer.Qual")
print(Qual.__module__, Qual.__qualname__, Qual.P)
EmptyOne = Enum("EmptyOne", (), module=__name__)
print(EmptyOne, list(EmptyOne))
try:
    Enum("Missing")
except TypeError as e:
    print(type(e).__name__, e)
try:
    Animal("NEW", "X Y")
except ValueError as e:
    print(type(e).__name__, e)
