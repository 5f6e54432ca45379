# .args, str() and repr() for exceptions with 0, 1 and many arguments.
cases = [
    ValueError(),
    ValueError("one"),
    ValueError("a", 2, None),
    ValueError(42),
    ValueError(("tuple",)),
    Exception(""),
    KeyError("key"),
    KeyError(),
    KeyError(1, 2),
    IndexError("list index out of range"),
]
for e in cases:
    print(type(e).__name__, e.args, "str=%r" % str(e), "repr=%s" % repr(e))

# args can be reassigned and is always a tuple
e = RuntimeError("x")
e.args = ["list", "now"]
print(e.args, type(e.args).__name__, str(e))
e.args = ()
print(repr(str(e)), repr(e))

# Exceptions are regular objects with a __dict__
e = TypeError("t")
e.extra = 5
print(e.extra, e.args)

# Catch and inspect args of a builtin error
try:
    int("nope")
except ValueError as err:
    print(err.args)
try:
    [].pop()
except IndexError as err:
    print(err.args)
try:
    raise StopIteration(1, 2)
except StopIteration as err:
    print(err.args, err.value)
