# Positional-only parameters (before /).
def pos(a, b, /, c, *, d=0):
    return a, b, c, d


print(pos(1, 2, 3))
print(pos(1, 2, c=3))
print(pos(1, 2, 3, d=4))


def f(x, /, **kwargs):
    return x, kwargs


print(f(1, x=2))
print(f(5))


def g(a, b=2, /):
    return a + b


print(g(1), g(1, 10))
try:
    pos(1, b=2, c=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pos(a=1, b=2, c=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(a=1)
except TypeError as e:
    print(type(e).__name__, e)
