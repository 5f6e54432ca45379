# Assigning __bases__: MRO recomputation (also of subclasses), method lookup, and every error.
class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"

    def __repr__(self):
        return "<a B-derived object>"


class C(A):
    pass


class D(C):
    pass


c, d = C(), D()
print(c.who(), d.who(), [k.__name__ for k in D.__mro__])
C.__bases__ = (B,)
print(c.who(), d.who(), repr(c), [k.__name__ for k in C.__mro__], [k.__name__ for k in D.__mro__])
print(isinstance(c, B), isinstance(c, A), issubclass(D, B), issubclass(D, A), C.__base__.__name__)
C.__bases__ = (A, B)
print(c.who(), [k.__name__ for k in D.__mro__])
C.__bases__ = (B, A)
print(c.who(), [k.__name__ for k in D.__mro__])


class S:
    __slots__ = ("x",)


class L(list):
    pass


class L2(list):
    pass


class X(A, B):
    pass


class Y(B, A):
    pass


class Z(X):
    pass


def attempt(cls, value):
    try:
        cls.__bases__ = value
        print("ok", [k.__name__ for k in cls.__mro__])
    except TypeError as e:
        print(type(e).__name__, e)


for value in [[B], (), (1,), (D,), (C,), (S,), (int,), (object,), (A, A), (bool,), (list,), (Exception,)]:
    attempt(C, value)
attempt(L, (L2,))
attempt(L, (A,))
attempt(L, (list,))
attempt(int, (object,))
attempt(Z, (X, Y))
print([k.__name__ for k in Z.__mro__], Z.__bases__)
try:
    del C.__bases__
except TypeError as e:
    print(type(e).__name__, e)
print(C.__bases__, [k.__name__ for k in C.__mro__])
