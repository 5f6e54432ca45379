# A dataclass without a docstring gets its name and __init__ signature.
import functools
from dataclasses import dataclass, field, InitVar, KW_ONLY


class Thing:
    pass


@dataclass
class Annotated:
    a: int
    b: str = "b"
    c: list = field(default_factory=list)
    d: Thing = None
    e: "float" = 1.0
    f: InitVar[int] = 0
    _: KW_ONLY
    g: bool = True


print(Annotated.__doc__)


@dataclass
class OwnInit:
    x: int

    def __init__(self, x, /, y=2, *args, z, w=3, **kw):
        self.x = x


print(OwnInit.__doc__)


@dataclass
class OwnNew:
    x: int

    def __new__(cls, *args, **kwargs):
        return super().__new__(cls)


print(OwnNew.__doc__, OwnNew(3))


def logged(f):
    @functools.wraps(f)
    def inner(*args, **kwargs):
        return f(*args, **kwargs)
    return inner


@dataclass
class Wrapped:
    x: int

    @logged
    def __init__(self, q, r=1):
        self.x = q


print(Wrapped.__doc__, Wrapped(5))


@dataclass(init=False)
class Inherits(OwnInit):
    pass


@dataclass(init=False)
class Nothing:
    a: int = 1


@dataclass
class Keeps:
    """Explicit."""
    a: int


print(Inherits.__doc__, Nothing.__doc__, Keeps.__doc__)
