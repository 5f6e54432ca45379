# How eq, frozen, unsafe_hash and an explicit __hash__ decide __hash__.
from dataclasses import dataclass


def show(cls):
    h = cls.__dict__.get("__hash__", "absent")
    kind = "absent" if h == "absent" else ("None" if h is None else "function")
    try:
        value = hash(cls(1)) == hash((1,))
    except TypeError as e:
        value = f"{type(e).__name__}: {e}"
    print(cls.__name__, kind, value)


@dataclass
class EqOnly:
    a: int


@dataclass(eq=False)
class NoEq:
    a: int


@dataclass(frozen=True)
class Frozen:
    a: int


@dataclass(unsafe_hash=True)
class Unsafe:
    a: int


@dataclass(eq=False, unsafe_hash=True)
class UnsafeNoEq:
    a: int


@dataclass
class Explicit:
    a: int

    def __hash__(self):
        return 42


@dataclass(frozen=True)
class FrozenExplicit:
    a: int

    def __hash__(self):
        return 7


@dataclass
class EqDefined:
    a: int

    def __eq__(self, other):
        return True


@dataclass(eq=False)
class NoEqHashNone:
    a: int
    __hash__ = None


for cls in (EqOnly, NoEq, Frozen, Unsafe, UnsafeNoEq, Explicit, FrozenExplicit, EqDefined, NoEqHashNone):
    show(cls)

print(hash(Explicit(5)), hash(FrozenExplicit(5)), EqDefined(1) == EqDefined(2))
n = NoEq(1)
print(hash(n) == hash(n), n == NoEq(1), n == n)

try:
    @dataclass(unsafe_hash=True)
    class Clash:
        a: int

        def __hash__(self):
            return 0
except TypeError as e:
    print(type(e).__name__, e)


# hash=False leaves a field out; hash=None follows compare.
from dataclasses import field


@dataclass(frozen=True)
class Partial:
    a: int
    b: int = field(hash=False)
    c: int = field(compare=False, default=0)
    d: int = field(compare=False, hash=True, default=0)


print(hash(Partial(1, 2, 3, 4)) == hash((1, 4)), Partial(1, 2, 3) == Partial(1, 2, 4))
print(len({Frozen(1), Frozen(1), Frozen(2)}))
