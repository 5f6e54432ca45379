# raise X from Y sets __cause__ and __suppress_context__.
class ParseError(Exception):
    pass

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError("bad number: %r" % s) from e

try:
    parse("12x")
except ParseError as e:
    print("error:", e)
    print("cause type:", type(e.__cause__).__name__)
    print("cause msg:", e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)

# from with an exception class: it is instantiated
try:
    raise RuntimeError("outer") from KeyError
except RuntimeError as e:
    print("cause:", repr(e.__cause__), e.__context__)

# from without any active exception
try:
    raise ValueError("v") from TypeError("t")
except ValueError as e:
    print(repr(e.__cause__), e.__context__, e.__suppress_context__)

# Setting __cause__ manually
e = ValueError("manual")
print(e.__cause__, e.__suppress_context__)
e.__cause__ = KeyError("k")
print(repr(e.__cause__), e.__suppress_context__)

# from a non-exception is a TypeError
try:
    raise ValueError("x") from 42
except TypeError as t:
    print("TypeError:", t)

# Uncaught chained exception: last stderr line is the final one
parse("oops")
