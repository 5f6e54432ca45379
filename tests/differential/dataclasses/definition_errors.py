# Errors raised while a dataclass is being defined.
from dataclasses import dataclass, field


def define(make):
    try:
        cls = make()
        print("defined", cls.__name__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


def mutable_list():
    @dataclass
    class A:
        x: list = []
    return A


def mutable_dict():
    @dataclass
    class A:
        items: dict = {}
    return A


def mutable_set():
    @dataclass
    class A:
        s: set = set()
    return A


class Unhashable:
    __hash__ = None


def mutable_user():
    @dataclass
    class A:
        u: Unhashable = Unhashable()
    return A


def hashable_tuple():
    @dataclass
    class A:
        t: tuple = (1, [2])
    return A


def frozen_set_ok():
    @dataclass
    class A:
        f: frozenset = frozenset()
    return A


def non_default_after_default():
    @dataclass
    class A:
        x: int = 1
        y: int
    return A


def non_default_after_factory():
    @dataclass
    class A:
        x: list = field(default_factory=list)
        y: int
    return A


def init_false_is_fine():
    @dataclass
    class A:
        x: int = 1
        y: int = field(init=False)
    return A


def inherited_default():
    @dataclass
    class Base:
        x: int = 0

    @dataclass
    class A(Base):
        y: int
    return A


def no_annotation():
    @dataclass
    class A:
        x = field()
    return A


for make in (mutable_list, mutable_dict, mutable_set, mutable_user, hashable_tuple,
             frozen_set_ok, non_default_after_default, non_default_after_factory,
             init_false_is_fine, inherited_default, no_annotation):
    define(make)
