# __subclasses__(): direct subclasses in creation order, kept up to date.
class Base:
    pass


class One(Base):
    pass


class Two(Base):
    pass


class Deep(One):
    pass


class Mixed(Two, One):
    pass


def names(cls):
    return [k.__name__ for k in cls.__subclasses__()]


print(names(Base), names(One), names(Two), names(Deep), names(Mixed))
Dyn = type("Dyn", (Base,), {})
print(names(Base))


def make():
    class Temp(Base):
        pass
    return len(Base.__subclasses__())


print(make(), len(Base.__subclasses__()))


class Other:
    pass


One.__bases__ = (Other,)
print(names(Base), names(Other), issubclass(Deep, Base), issubclass(Deep, Other))
print("Bool" if bool in int.__subclasses__() else "no bool", type(Base.__subclasses__()).__name__)
print(Base.__subclasses__.__name__, names(Dyn))
try:
    Base.__subclasses__(1)
except TypeError as e:
    print(type(e).__name__)
