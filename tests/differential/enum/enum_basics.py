# Enum members: reprs, str/format, name/value, iteration, len, aliases.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(Color.RED, repr(Color.GREEN), str(Color.BLUE), f"{Color.RED}", f"{Color.RED!r}")
print(format(Color.RED, ">12") + "|", format(Color.RED, "^11") + "|", "%s %r" % (Color.RED, Color.RED))
print(Color.RED.name, Color.RED.value, Color.RED._name_, Color.RED._value_)
print(list(Color), len(Color), list(reversed(Color)))
print(Color.CRIMSON, Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(Color(1), Color(3), Color["GREEN"], Color["CRIMSON"], Color(Color.BLUE))
print(Color.RED is Color(1) is Color["RED"], Color.RED == Color.RED, Color.RED != Color.GREEN)
print(Color.RED == 1, Color.RED in Color, 1 in Color, 4 in Color, "RED" in Color)
print(type(Color.RED), type(Color.RED) is Color, isinstance(Color.RED, Color), isinstance(Color.RED, Enum))
print(Color, type(Color).__name__, Color.__name__, Color.__qualname__)
print(hash(Color.RED) == hash("RED"), {Color.RED: "r", Color.GREEN: "g"}[Color(1)])
print(sorted(Color, key=lambda c: -c.value))
print([c.name for c in Color], [c.value for c in Color])
print(bool(Color.RED), bool(Color), Color.RED.__class__.__name__)
print(Color.RED.GREEN if hasattr(Color.RED, "GREEN") else "no access")
print(Color.RED.__objclass__, Color.RED._sort_order_, Color.BLUE._sort_order_)
print(Color._member_names_, list(Color._value2member_map_))


class Empty(Enum):
    pass


print(list(Empty), len(Empty), Empty)


class Mixed(Enum):
    NONE = None
    TEXT = "text"
    FLOAT = 1.5
    TUPLE = (1, 2)
    LISTED = [1, 2]


print(list(Mixed))
print(Mixed(None), Mixed((1, 2)), Mixed([1, 2]), Mixed._unhashable_values_, Mixed.LISTED in Mixed)
try:
    [1, 2] in Mixed
except TypeError as e:
    print(type(e).__name__, e)
