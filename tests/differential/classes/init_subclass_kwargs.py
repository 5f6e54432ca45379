# __init_subclass__ with keyword arguments and inheritance.
class Base:
    subclasses = []

    def __init_subclass__(cls, /, tag=None, **kwargs):
        print("Base.__init_subclass__", cls.__name__, tag, sorted(kwargs))
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        Base.subclasses.append(cls.__name__)


class A(Base):
    pass


class B(Base, tag="bee"):
    pass


class C(B, tag="sea"):
    pass


print(Base.subclasses)
print(A.tag, B.tag, C.tag)
print(hasattr(Base, "tag"))


class Middle(Base):
    def __init_subclass__(cls, extra=0, **kwargs):
        print("Middle.__init_subclass__", cls.__name__, extra)
        super().__init_subclass__(**kwargs)
        cls.extra = extra


class Leaf(Middle, extra=5, tag="leaf"):
    pass


print(Leaf.extra, Leaf.tag)

# unknown kwarg ends up at object.__init_subclass__
try:
    class Bad(Base, colour="red"):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# __init_subclass__ is implicitly a classmethod
print(type(Base.__dict__["__init_subclass__"]).__name__)

# kwargs to a class without __init_subclass__
try:
    class Bad2(object, foo=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
