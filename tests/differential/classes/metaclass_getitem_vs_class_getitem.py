# Subscripting a class: metaclass __getitem__ takes priority over __class_getitem__.
class MetaGet(type):
    def __getitem__(cls, key):
        return f"MetaGet.__getitem__({cls.__name__}, {key!r})"


class WithBoth(metaclass=MetaGet):
    def __class_getitem__(cls, key):
        return f"__class_getitem__({cls.__name__}, {key!r})"


class OnlyClassGetitem:
    def __class_getitem__(cls, key):
        return f"__class_getitem__({cls.__name__}, {key!r})"

    def __getitem__(self, key):
        return f"instance __getitem__({key!r})"


print(WithBoth[1])
print(OnlyClassGetitem[2])
print(OnlyClassGetitem()[3])


class Sub(OnlyClassGetitem):
    pass


print(Sub["s"], Sub()["t"])

# __class_getitem__ given as a plain function is implicitly a classmethod
class Implicit:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


print(Implicit[int, str][0], Implicit[int, str][1] == (int, str))

# assigning __class_getitem__ after class creation (not automatically a classmethod)
class Late:
    pass


Late.__class_getitem__ = classmethod(lambda cls, item: "late " + cls.__name__ + str(item))
print(Late[5])


class LateRaw:
    pass


LateRaw.__class_getitem__ = lambda item: "raw " + str(item)
try:
    print(LateRaw[6])
except TypeError as e:
    print(type(e).__name__, e)

# metaclass __class_getitem__ isn't consulted for instances of the class
try:
    WithBoth()[0]
except TypeError as e:
    print(type(e).__name__, e)
