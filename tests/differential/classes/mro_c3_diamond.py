# C3 method resolution order for diamonds and more complex hierarchies.
def names(cls):
    return [c.__name__ for c in cls.__mro__]


class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass

for cls in (K1, K2, K3, Z):
    print(cls.__name__, names(cls))


class Base:
    def who(self):
        return "Base"

class Left(Base):
    def who(self):
        return "Left>" + super().who()

class Right(Base):
    def who(self):
        return "Right>" + super().who()

class Bottom(Left, Right):
    def who(self):
        return "Bottom>" + super().who()

class Bottom2(Right, Left):
    def who(self):
        return "Bottom2>" + super().who()

print(names(Bottom))
print(Bottom().who())
print(names(Bottom2))
print(Bottom2().who())
print(Bottom.mro() == list(Bottom.__mro__))
print(type(Bottom.mro()).__name__, type(Bottom.__mro__).__name__)

# attribute lookup follows the MRO
class P1:
    x = "P1"
class P2:
    x = "P2"
    y = "P2y"
class Q(P1, P2):
    pass
print(Q.x, Q.y)
