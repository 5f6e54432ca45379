# Members with tuple values and __init__, custom __new__, methods, properties,
# overridden __str__/__repr__/__format__.
from enum import Enum, IntEnum


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    VENUS = (4.869e+24, 6.0518e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


for p in Planet:
    print(p.name, p.value, round(p.surface_gravity, 2))
print(Planet((5.976e+24, 6.37814e6)), Planet.EARTH.mass)


class Coordinate(int, Enum):
    def __new__(cls, value, label):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj

    PX = (0, "P.X")
    PY = (1, "P.Y")


print(Coordinate.PY, repr(Coordinate.PX), Coordinate.PY.label, Coordinate(1), Coordinate.PX + 5)


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    def __str__(self):
        return self.value.upper()

    def __format__(self, spec):
        return f"<{self.value:{spec}}>"

    def toggle(self):
        return Status.INACTIVE if self is Status.ACTIVE else Status.ACTIVE

    @classmethod
    def parse(cls, text):
        return cls(text.strip().lower())

    @staticmethod
    def kinds():
        return len(Status)


print(Status.ACTIVE, repr(Status.ACTIVE), f"{Status.ACTIVE:>10}", Status.ACTIVE.toggle(), Status.parse(" Inactive "), Status.kinds())


class Level(IntEnum):
    LOW = 1
    HIGH = 2

    def __repr__(self):
        return f"Level<{self.name}>"

    @property
    def label(self):
        return self.name.title()


print(repr(Level.LOW), Level.HIGH, Level.HIGH.label, [Level.LOW])


class Ordinal(Enum):
    def __new__(cls, *args):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        return obj

    def __init__(self, text):
        self.text = text

    FIRST = "first"
    SECOND = "second"


print(list(Ordinal), Ordinal.SECOND.text, Ordinal(1))


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2

    def __lt__(self, other):
        return self.value < other.value


print(sorted(Shape), Shape.ALIAS_FOR_SQUARE, Shape.SQUARE < Shape.CIRCLE)
try:
    Planet.EARTH < Planet.VENUS
except TypeError as e:
    print(type(e).__name__, e)
