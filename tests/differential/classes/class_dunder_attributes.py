# __name__, __qualname__, __module__, __doc__, __bases__, __mro__, __class__.
class Outer:
    """Outer docstring."""

    class Inner:
        pass

    def method(self):
        """Method doc."""


class NoDoc:
    pass


class Multi(Outer, NoDoc):
    pass


print(Outer.__name__, Outer.__qualname__, Outer.__module__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.__doc__, NoDoc.__doc__, Multi.__doc__)
print(Outer.method.__name__, Outer.method.__qualname__, Outer.method.__doc__)
print([b.__name__ for b in Multi.__bases__], Multi.__base__.__name__)
print([c.__name__ for c in Multi.__mro__])
print(Outer.__bases__, object.__bases__, object.__mro__)
print(type(Outer).__name__, Outer.__class__.__name__, Outer().__class__.__name__)
print(Outer().__class__ is Outer, type(type) is type)

# these attributes are writable on classes
Outer.__name__ = "Renamed"
Outer.__qualname__ = "Some.Renamed"
Outer.__doc__ = "new doc"
print(Outer.__name__, Outer.__qualname__, Outer.__doc__)
print(repr(Outer))
try:
    Outer.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Outer.__qualname__ = None
except TypeError as e:
    print(type(e).__name__, e)
Outer.__module__ = "fake.module"
print(repr(Outer))

# __bases__ can be reassigned compatibly
class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
class C(A):
    pass
print(C().who())
C.__bases__ = (B,)
print(C().who(), [k.__name__ for k in C.__mro__])
try:
    C.__bases__ = ()
except TypeError as e:
    print(type(e).__name__, e)

# __subclasses__
print(sorted(k.__name__ for k in Outer.__subclasses__()))
