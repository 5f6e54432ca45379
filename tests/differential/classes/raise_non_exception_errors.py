# Raising and catching with classes that are not exceptions.
class NotAnException:
    pass


class Error(Exception):
    pass


try:
    raise NotAnException()
except TypeError as e:
    print(type(e).__name__, e)

try:
    raise NotAnException
except TypeError as e:
    print(type(e).__name__, e)

try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)

# raising a class instantiates it
try:
    raise Error
except Error as e:
    print(type(e).__name__, repr(e), e.args)

# except clause with a non-exception class
try:
    try:
        raise Error("inner")
    except NotAnException:
        print("unreachable")
except TypeError as e:
    print(type(e).__name__, e)

# a tuple containing a non-class fails even though the first element matches
try:
    try:
        raise Error("x")
    except (Error, 5) as e:
        print("matched first element:", e)
except TypeError as e:
    print(type(e).__name__, e)

# raise X from non-exception
try:
    raise Error("y") from NotAnException()
except TypeError as e:
    print(type(e).__name__, e)


# raising an exception class whose __init__ needs arguments
class NeedsArgs(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)


try:
    raise NeedsArgs
except TypeError as e:
    print(type(e).__name__, e)

raise NotAnException
