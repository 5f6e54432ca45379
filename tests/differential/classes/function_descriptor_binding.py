# Functions are non-data descriptors: __get__ creates bound methods.
def describe(self, suffix=""):
    return "I am " + type(self).__name__ + suffix


class A:
    pass


class B:
    pass


a = A()
bound = describe.__get__(a, A)
print(type(bound).__name__, bound(), bound("!"))
print(describe.__get__(None, A) is describe)
print(bound.__func__ is describe, bound.__self__ is a)

# a function bound to an object of another type works fine
print(describe.__get__(B())())

# method objects can be constructed from the types of existing ones
MethodType = type(bound)
m = MethodType(describe, B())
print(m("?"), type(m).__name__)

# functions stored in containers on the class are not bound
class Holder:
    funcs = [describe]
    table = {"d": describe}
    direct = describe


h = Holder()
print(h.direct(), h.funcs[0](h), h.table["d"](h, "."))
try:
    h.funcs[0]()
except TypeError as e:
    print(type(e).__name__, e)

# builtin functions are not descriptors that bind
class WithBuiltin:
    length = len
    ident = id

print(WithBuiltin().length([1, 2, 3]))

# lambdas and nested functions bind the same way
class L:
    f = lambda self, x: (type(self).__name__, x)

print(L().f(5), L.f(None, 6))

# classmethod on top of a bound-like function; __get__ with owner only
cm = classmethod(describe)
print(cm.__get__(None, A)(), cm.__get__(a)())
sm = staticmethod(describe)
print(sm.__get__(None, A)(a), sm.__get__(a, A) is describe)
