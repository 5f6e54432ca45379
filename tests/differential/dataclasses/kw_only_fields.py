# kw_only as a decorator argument, a field option and the KW_ONLY marker.
from dataclasses import dataclass, field, fields, KW_ONLY


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


print(Options(level=3), Options(level=1, verbose=True))
print(Options.__match_args__, Options.__doc__)
try:
    Options(True, 3)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Mixed:
    a: int
    b: int = field(kw_only=True, default=10)
    c: int = 0


print(Mixed(1), Mixed(1, 2), Mixed(1, 2, b=3), Mixed.__match_args__, Mixed.__doc__)
print([(f.name, f.kw_only) for f in fields(Mixed)])


@dataclass
class Marker:
    x: int
    _: KW_ONLY
    y: int
    z: int = 0


print(Marker(1, y=2), Marker.__match_args__, [f.name for f in fields(Marker)])
print(Marker.__doc__)


@dataclass
class Sub(Marker):
    w: int = 5


print(Sub(1, y=2), Sub(1, 7, y=2), Sub.__doc__)

try:
    @dataclass
    class Twice:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
        c: int
except TypeError as e:
    print(type(e).__name__, e)


# A required keyword-only field may follow fields with defaults.
@dataclass
class Order:
    a: int = 1
    b: int = field(kw_only=True)


print(Order(b=2), Order(5, b=6))
try:
    Order()
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(kw_only=True)
class TwoMissing:
    p: int
    q: int
    r: int


try:
    TwoMissing()
except TypeError as e:
    print(type(e).__name__, e)
try:
    TwoMissing(q=1)
except TypeError as e:
    print(type(e).__name__, e)
