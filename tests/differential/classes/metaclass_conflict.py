# Metaclass conflicts and metaclass derivation rules.
class MetaA(type):
    pass

class MetaB(type):
    pass

class A(metaclass=MetaA):
    pass

class B(metaclass=MetaB):
    pass

try:
    class C(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class MetaAB(MetaA, MetaB):
    pass

class C(A, B, metaclass=MetaAB):
    pass

print(type(C).__name__, [m.__name__ for m in type(C).__mro__])

# derived metaclass is picked automatically when it is the most derived
class MetaSub(MetaA):
    pass

class D(metaclass=MetaSub):
    pass

class E(A, D):  # MetaSub is a subclass of MetaA -> ok
    pass

print(type(E).__name__)

# explicit metaclass that is less derived is overridden by the winner
class F(D, metaclass=MetaA):
    pass

print(type(F).__name__)

# metaclass can be any callable
def func_meta(name, bases, ns):
    print("func_meta called for", name, sorted(k for k in ns if not k.startswith("__")))
    return {"name": name, "attrs": sorted(k for k in ns if not k.startswith("__"))}

class NotAClass(metaclass=func_meta):
    a = 1
    b = 2

print(type(NotAClass).__name__, NotAClass)

try:
    class G(A, metaclass=MetaB):
        pass
except TypeError as e:
    print(type(e).__name__, e)
