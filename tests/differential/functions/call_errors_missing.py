# TypeError messages for missing arguments.
def one(a):
    return a


def three(a, b, c):
    return a


def kw(a, *, key, other):
    return a


def posonly(a, b, /):
    return a


try:
    one()
except TypeError as e:
    print(e)
try:
    three(1)
except TypeError as e:
    print(e)
try:
    three(1, 2)
except TypeError as e:
    print(e)
try:
    three()
except TypeError as e:
    print(e)
try:
    three(c=1)
except TypeError as e:
    print(e)
try:
    kw(1)
except TypeError as e:
    print(e)
try:
    kw(1, key=2)
except TypeError as e:
    print(e)
try:
    posonly()
except TypeError as e:
    print(e)
try:
    posonly(1)
except TypeError as e:
    print(e)
