# dir() on instances, classes and with __dir__ overrides (sorted, filtered).
class Base:
    base_cls = 1

    def base_method(self):
        pass


class Child(Base):
    child_cls = 2

    def __init__(self):
        self.inst = 3

    def child_method(self):
        pass

    @property
    def prop(self):
        return 1


def public(names):
    return [n for n in names if not n.startswith("__")]


c = Child()
print(public(dir(c)))
print(public(dir(Child)))
print(public(dir(Base)))
print("inst" in dir(c), "inst" in dir(Child))
print(dir(c) == sorted(dir(c)))
print("__init__" in dir(c), "__class__" in dir(c), "__dict__" in dir(c))
print(len([n for n in dir(object()) if n.startswith("__")]) == len(dir(object())))


class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid", "alpha"]


print(dir(Custom()))


class ReturnsTuple:
    def __dir__(self):
        return ("b", "a")


print(dir(ReturnsTuple()))


class BadDir:
    def __dir__(self):
        return 42


try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)


class Slotted:
    __slots__ = ("s1", "s2")


print(public(dir(Slotted())))
print("__dict__" in dir(Slotted()))
