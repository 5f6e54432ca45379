# TypeError for an inconsistent MRO and duplicate bases.
class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass

try:
    class C(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class D(X, X): pass
except TypeError as e:
    print(type(e).__name__, e)

class Base: pass
class Derived(Base): pass
try:
    class Bad(Base, Derived): pass
except TypeError as e:
    print(type(e).__name__, e)

# The consistent order works
class Good(Derived, Base): pass
print([c.__name__ for c in Good.__mro__])

# inheriting from a non-class
try:
    class FromInt(5): pass
except TypeError as e:
    print(type(e).__name__, e)

# inheriting from a final type
try:
    class FromBool(bool): pass
except TypeError as e:
    print(type(e).__name__, e)

# finally an uncaught MRO error
class M(A, B): pass
