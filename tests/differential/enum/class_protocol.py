# The EnumType metaclass: __members__, setting/deleting attributes,
# __contains__, __getitem__, dir(), bool, and member attributes.
from enum import Enum, EnumMeta, EnumType, IntEnum


class Color(Enum):
    RED = 1
    GREEN = 2
    SCARLET = 1


print(type(Color) is EnumType, EnumMeta is EnumType, isinstance(Color, type), issubclass(Color, Enum))
m = Color.__members__
print(type(m).__name__, m, list(m.items())[-1], len(m))
try:
    m["BLUE"] = 3
except TypeError as e:
    print(type(e).__name__, e)


def attempt(fn):
    try:
        fn()
        print("ok")
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)


def reassign():
    Color.RED = 5


def delete():
    del Color.GREEN


def set_value():
    Color.RED.value = 9


def set_name():
    Color.RED.name = "X"


def del_value():
    del Color.RED.value


def class_value():
    return Color.value


def new_attr():
    Color.extra = 1


attempt(reassign)
attempt(delete)
attempt(set_value)
attempt(set_name)
attempt(del_value)
attempt(class_value)
attempt(new_attr)
print(Color.extra, Color.RED, list(Color))
Color.RED.note = "custom"
print(Color.RED.note, Color.SCARLET.note)
print(dir(Color))
print(dir(Color.RED))
print(Color.__len__(), bool(Color), Color.__getitem__("GREEN"), Color.__contains__(2))
print(Color._member_map_, Color._value2member_map_, Color._member_type_)
print(IntEnum._member_type_, Color._use_args_, Color.__new__ is Enum.__new__)


class Animal(Enum):
    DOG = "dog"
    CAT = "cat"

    def speak(self):
        return {"dog": "woof", "cat": "meow"}[self.value]


print(dir(Animal.DOG))
print([a.speak() for a in Animal])
print(Animal.DOG.__class__.__mro__)
