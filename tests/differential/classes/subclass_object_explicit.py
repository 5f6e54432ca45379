# Explicitly subclassing object and object's default dunders.
class A(object):
    pass


class B:
    pass


print(A.__bases__ == B.__bases__, A.__mro__[-1] is object)
a = A()
print(a == a, a != a, a == A(), a.__eq__(a), a.__eq__(A()), a.__ne__(A()))
print(a.__lt__(a), a.__hash__() == hash(a), a.__class__ is A)
print(type(a.__str__()).__name__, a.__str__() == a.__repr__())
print(object.__init__(a) is None, object.__new__(A).__class__.__name__)
print(a.__format__("") == str(a))
print(a.__sizeof__() > 0)
print(sorted(n for n in A.__dict__))
print(sorted(set(dir(object())) - {"__getstate__"})[:8])

try:
    a < a
except TypeError as e:
    print(type(e).__name__, e)

# object() itself has no __dict__ and refuses attributes
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(o, "__dict__"), hasattr(a, "__dict__"))

# object.__init__ / __new__ with excess args when overridden
class OnlyInit:
    def __init__(self, x):
        super().__init__()
        self.x = x


print(OnlyInit(1).x)


class PassesArgs:
    def __init__(self, x):
        super().__init__(x)


try:
    PassesArgs(1)
except TypeError as e:
    print(type(e).__name__, e)


class NewPassesArgs:
    def __new__(cls, x):
        return super().__new__(cls, x)


try:
    NewPassesArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
