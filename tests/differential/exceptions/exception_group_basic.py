# ExceptionGroup / BaseExceptionGroup construction and inspection.
eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
print(type(eg).__name__, eg.message, len(eg.exceptions))
print(str(eg))
print([repr(x) for x in eg.exceptions])
print(eg.args[0], type(eg.exceptions).__name__)

# BaseExceptionGroup with only Exceptions becomes ExceptionGroup
beg = BaseExceptionGroup("base", [KeyError("k")])
print(type(beg).__name__)
beg2 = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg2).__name__)

try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("notexc", [1])
except ValueError as e:
    print("ValueError:", e)

# subgroup and split
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
vals = nested.subgroup(ValueError)
print(str(vals), [repr(x) for x in vals.exceptions])
print(repr(vals.exceptions[1].exceptions))
match, rest = nested.split(TypeError)
print(str(match), str(rest))
print(nested.subgroup(KeyError))
match, rest = nested.split(lambda e: isinstance(e, ValueError) and e.args[0] == "c")
print(repr(match.exceptions[0].exceptions), repr(rest.exceptions))

print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
