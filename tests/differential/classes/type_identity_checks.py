# type() identity comparisons vs isinstance, and type of special objects.
class A:
    pass


class B(A):
    pass


b = B()
print(type(b) is B, type(b) is A, type(b) == B, isinstance(b, A))
print(type(b).__name__, type(type(b)).__name__, type(A) is type)
print(type(True) is bool, type(True) is int, isinstance(True, int))
print(type(None).__name__, type(NotImplemented).__name__, type(...).__name__)
print(type(A.__dict__).__name__, type(vars(b)).__name__)
print(type(print).__name__, type(len).__name__, type([].append).__name__)
print(type(b.__class__).__name__, type(lambda: 0).__name__, type(B.mro).__name__)
print(type(property()).__name__, type(classmethod(len)).__name__, type(staticmethod(len)).__name__)
print(type(super(B, b)).__name__, type(iter([])).__name__, type(iter(range(3))).__name__)
print(type(range(1)).__name__, type(slice(1)).__name__, type(zip()).__name__)

# classes are hashable and usable as dict keys; identity-based
d = {A: "a", B: "b", int: "int"}
print(d[type(b)], d[type(5)], A in d)
print(A == A, A != B, A is not B)
try:
    A < B
except TypeError as e:
    print(type(e).__name__, e)

# type() of a class with a metaclass
class Meta(type):
    pass


class M(metaclass=Meta):
    pass


print(type(M).__name__, type(M()).__name__, isinstance(M, type), type(Meta).__name__)
