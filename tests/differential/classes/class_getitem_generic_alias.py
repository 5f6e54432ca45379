# __class_getitem__ implementing subscription on classes.
class Box:
    def __class_getitem__(cls, item):
        return "Box[" + (item.__name__ if isinstance(item, type) else repr(item)) + "]"


print(Box[int])
print(Box["x"])
print(Box[1, 2])
print(type(Box.__dict__["__class_getitem__"]).__name__)


class Typed:
    cache = {}

    def __class_getitem__(cls, item):
        key = (cls.__name__, item)
        if key not in Typed.cache:
            ns = {"item_type": item}
            Typed.cache[key] = type(cls.__name__ + "_" + item.__name__, (cls,), ns)
        return Typed.cache[key]

    def __init__(self, value):
        if not isinstance(value, self.item_type):
            raise TypeError("expected %s, got %s" % (self.item_type.__name__, type(value).__name__))
        self.value = value


IntT = Typed[int]
print(IntT.__name__, IntT is Typed[int], IntT.__mro__[1].__name__)
print(IntT(5).value)
try:
    IntT("no")
except TypeError as e:
    print(type(e).__name__, e)

# subclass inherits __class_getitem__
class Sub(Typed):
    pass
print(Sub[str].__name__)

# instances are not subscriptable through __class_getitem__
try:
    Box()[0]
except TypeError as e:
    print(type(e).__name__, e)

# class without __class_getitem__
class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)

# builtin generic aliases
print(list[int], dict[str, list[int]])
print(type(list[int]).__name__)
