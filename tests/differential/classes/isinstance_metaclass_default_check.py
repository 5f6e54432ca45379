# isinstance() against a class whose metaclass does not define
# __instancecheck__ uses type's check (including the __class__ fallback).
class Meta(type):
    def __len__(cls):
        return 0


class A(metaclass=Meta):
    pass


class B(A):
    pass


class Proxy:
    @property
    def __class__(self):
        return A


print(isinstance(A(), A), isinstance(B(), A), isinstance(None, A), isinstance(3, (str, A)))
print(isinstance(A(), B), isinstance(Proxy(), A), issubclass(B, A), issubclass(int, A))


class Checking(type):
    def __instancecheck__(cls, obj):
        return obj == "yes"


class C(metaclass=Checking):
    pass


class D(C):
    pass


print(isinstance("yes", C), isinstance("no", C), isinstance(C(), C), isinstance("yes", D), isinstance(D(), C))
