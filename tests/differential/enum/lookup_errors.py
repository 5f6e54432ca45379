# Lookup failures and the _missing_ hook.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


def attempt(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e, "| context:", type(e.__context__).__name__)


attempt(lambda: Color(3))
attempt(lambda: Color("RED"))
attempt(lambda: Color([1]))
attempt(lambda: Color["PURPLE"])
attempt(lambda: Color[1])
attempt(lambda: Color())
attempt(lambda: Color.PURPLE)
attempt(lambda: Color.RED.nope)


class Lenient(Enum):
    ONE = 1
    TWO = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.isdigit():
            return cls(int(value))
        if value == "bad":
            return "not a member"
        if value == "boom":
            raise KeyError("exploded")
        if value == "value":
            raise ValueError("custom value error")
        return None


attempt(lambda: Lenient("2"))
attempt(lambda: Lenient(5))
attempt(lambda: Lenient("bad"))
attempt(lambda: Lenient("boom"))
attempt(lambda: Lenient("value"))


class Base(Enum):
    def describe(self):
        return f"{self.name}={self.value}"


attempt(lambda: Base(1))
attempt(lambda: Enum(1))


class Derived(Base):
    X = 10


print(Derived.X.describe())
try:
    class Further(Derived):
        Y = 2
except TypeError as e:
    print(type(e).__name__, e)
