# The first matching except clause wins, so a base class listed first shadows subclasses.
def classify(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError clause"
    except KeyError:
        return "KeyError clause (unreachable)"
    except ArithmeticError as e:
        return "ArithmeticError clause for " + type(e).__name__
    except Exception as e:
        return "Exception clause for " + type(e).__name__

for exc in [KeyError("k"), IndexError("i"), ZeroDivisionError("z"),
            OverflowError("o"), ValueError("v"), UnicodeError("u")]:
    print(type(exc).__name__, "->", classify(exc))

# Raising a class instead of an instance instantiates it with no arguments
try:
    raise ValueError
except ValueError as e:
    print("raised class:", repr(e), e.args)

# Raising a non-exception is a TypeError
for bad in [42, "string", None, object]:
    try:
        raise bad
    except TypeError as e:
        print("TypeError:", e)

# Exceptions compare by identity, not by args
print(ValueError(1) == ValueError(1), ValueError(1) != ValueError(1))
e = ValueError(1)
print(e == e)

# except with an expression evaluated only when an exception occurs
def pick():
    print("  pick() evaluated")
    return KeyError
try:
    pass
except pick():
    pass
try:
    {}["x"]
except pick() as e:
    print("caught via computed clause:", e)
