# TypeError messages for duplicate and unexpected keyword arguments.
def f(a, b=2):
    return a + b


def g(*args):
    return args


def h(a, **kw):
    return kw


try:
    f(1, a=2)
except TypeError as e:
    print(e)
try:
    f(1, 2, b=3)
except TypeError as e:
    print(e)
try:
    f(1, c=3)
except TypeError as e:
    print(e)
try:
    f(a=1, b=2, zz=3)
except TypeError as e:
    print(e)
try:
    g(x=1)
except TypeError as e:
    print(e)
try:
    h(1, a=2)
except TypeError as e:
    print(e)
try:
    f(**{"a": 1, "q": 2})
except TypeError as e:
    print(e)
print(h(1, b=2, c=3))
