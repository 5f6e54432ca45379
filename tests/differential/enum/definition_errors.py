# Errors while an enumeration is defined.
from enum import Enum, IntEnum, Flag


def define(make):
    try:
        cls = make()
        print("defined", cls, [m.name for m in cls])
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)


def reused_name():
    class Color(Enum):
        RED = 1
        RED = 2
    return Color


def method_over_member():
    class Color(Enum):
        RED = 1

        def RED(self):
            return 0
    return Color


def reserved_sunder():
    class Color(Enum):
        _weird_ = 1
    return Color


def extend_members():
    class Base(Enum):
        A = 1

    class More(Base):
        B = 2
    return More


def bad_base_order():
    class Wrong(Enum, int):
        A = 1
    return Wrong


def mro_name():
    class Named(Enum):
        mro = 1
    return Named


def order_mismatch():
    class Ordered(Enum):
        _order_ = "B A"
        A = 1
        B = 2
    return Ordered


def order_ok():
    class Ordered(Enum):
        _order_ = "A B"
        A = 1
        B = 2
        C = 1
    return Ordered


def ignore_names():
    class Days(Enum):
        _ignore_ = "i tmp"
        tmp = 0
        for i in range(3):
            tmp = i
        MON = 1
        TUE = 2
    return Days


def int_value_needed():
    class Nums(IntEnum):
        A = "x"
    return Nums


def private_names():
    class Secret(Enum):
        __hidden = 5
        VISIBLE = 1
    return Secret


def descriptor_members():
    class WithProps(Enum):
        A = 1

        @property
        def double(self):
            return self.value * 2

        @classmethod
        def first(cls):
            return cls.A

        @staticmethod
        def helper():
            return "h"
    print(WithProps.A.double, WithProps.first(), WithProps.helper())
    return WithProps


def nonmember_member():
    from enum import member, nonmember

    class Special(Enum):
        A = 1
        LIMIT = nonmember(10)

        @member
        def callable_member():
            return "called"
    print(Special.LIMIT, Special.callable_member.value(), Special._member_names_)
    return Special


def flag_bad_auto():
    from enum import auto

    class Weird(Flag):
        A = "text"
        B = auto()
    return Weird


for make in (reused_name, method_over_member, reserved_sunder, extend_members, bad_base_order,
             mro_name, order_mismatch, order_ok, ignore_names, int_value_needed,
             private_names, descriptor_members, nonmember_member, flag_bad_auto):
    define(make)
