# Class statements at module level, inside functions, and nested in classes.
class Top:
    x = 1

    class Inner:
        y = 2

        class Deeper:
            z = 3


def make_class(n):
    class Local:
        value = n

        def get(self):
            return self.value * 10
    return Local


print(Top.__name__, Top.__qualname__)
print(Top.Inner.__name__, Top.Inner.__qualname__)
print(Top.Inner.Deeper.__name__, Top.Inner.Deeper.__qualname__)
print(Top.Inner.Deeper.z, Top.Inner.y, Top.x)

A = make_class(4)
B = make_class(5)
print(A.__name__, A.__qualname__)
print(A is B, A.value, B.value)
print(A().get(), B().get())
print(type(A()).__name__)


def outer():
    def inner():
        class K:
            pass
        return K
    return inner()


K = outer()
print(K.__qualname__)

# A class body is executed immediately, in order
log = []
class Ordered:
    log.append("start")
    a = 1
    log.append("middle")
    b = a + 1
    log.append("end")
print(log, Ordered.b)

# Class body names are not visible in nested function scopes
class Scope:
    val = 7
    def meth(self):
        try:
            return val
        except NameError as e:
            return type(e).__name__ + ": " + str(e)
print(Scope().meth())

# But they are visible to expressions evaluated directly in the class body
class Scope2:
    base = 3
    doubled = base * 2
    items = [base] * 2
print(Scope2.doubled, Scope2.items)
