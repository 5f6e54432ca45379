# TypeError messages for too many positional arguments.
def none():
    return 0


def one(a):
    return a


def two_defaults(a, b=1, c=2):
    return a


def kwonly(a, *, b=1):
    return a


try:
    none(1)
except TypeError as e:
    print(e)
try:
    one(1, 2)
except TypeError as e:
    print(e)
try:
    one(1, 2, 3)
except TypeError as e:
    print(e)
try:
    two_defaults(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    two_defaults(1, 2, 3, 4, 5)
except TypeError as e:
    print(e)
try:
    kwonly(1, 2)
except TypeError as e:
    print(e)
try:
    kwonly(1, 2, b=3)
except TypeError as e:
    print(e)
