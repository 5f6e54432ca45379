def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc

c = counter()
print(c(), c(), c(5))
adders = [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders])
late = [lambda: i for i in range(3)]
print([f() for f in late])
def outer(a):
    def mid(b):
        def inner(c):
            return a + b + c
        return inner
    return mid
print(outer(1)(2)(3))
def deco(tag):
    def wrap(f):
        def g(*args, **kw):
            return f"{tag}:{f(*args, **kw)}"
        g.__name__ = f.__name__
        return g
    return wrap
@deco("x")
@deco("y")
def hello(name, *, punct="!"):
    return "hi " + name + punct
print(hello("bob"), hello("amy", punct="?"), hello.__name__)
x = 5
def read_global():
    return x
def unbound():
    print(y)
    y = 2
print(read_global())
try:
    unbound()
except UnboundLocalError as e:
    print(e)
