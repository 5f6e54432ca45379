# order=True: __lt__/__le__/__gt__/__ge__ compare fields as tuples.
from dataclasses import dataclass, field


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2, "b"), Version(0, 9), Version(1, 0, "a"), Version(1, 2, "a")]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) <= Version(2), Version(3) > Version(2, 9), Version(1) >= Version(1, 1))
print(max(vs), min(vs))
print(Version(1, 2, "x") == Version(1, 2, "y"))
print(Version.__lt__.__qualname__, Version.__ge__.__name__)
for op in ("<", ">=", "<="):
    try:
        if op == "<":
            Version(1) < (1, 0)
        elif op == ">=":
            Version(1) >= 3
        else:
            Version(1) <= "x"
    except TypeError as e:
        print(type(e).__name__, e)
print(Version.__lt__(Version(1), (1,)))


@dataclass(order=True)
class Other:
    major: int
    minor: int = 0


try:
    Version(1) < Other(2)
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass(order=True, eq=False)
    class Bad:
        a: int
except ValueError as e:
    print(type(e).__name__, e)

try:
    @dataclass(order=True)
    class Defines:
        a: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(order=True)
class Empty:
    pass


print(Empty() < Empty(), Empty() <= Empty())
