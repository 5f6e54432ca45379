# except* splits an ExceptionGroup among handlers.
def run(excs):
    try:
        raise ExceptionGroup("grp", excs)
    except* ValueError as g:
        print("  ValueError handler:", [repr(e) for e in g.exceptions], type(g).__name__)
    except* (TypeError, KeyError) as g:
        print("  Type/Key handler:", [repr(e) for e in g.exceptions])

print("case 1")
run([ValueError(1), TypeError(2)])
print("case 2")
run([KeyError("k"), ValueError("v"), ValueError("w")])
print("case 3")
try:
    run([ValueError(1), IndexError(9)])
except ExceptionGroup as eg:
    print("  leftover:", str(eg), [repr(e) for e in eg.exceptions])

# A naked exception is wrapped in a group for except*
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked wrapped:", type(g).__name__, repr(g.message), repr(g.exceptions))

# Each handler runs at most once
count = 0
try:
    raise ExceptionGroup("g", [ValueError(1), ValueError(2), ValueError(3)])
except* ValueError:
    count += 1
print("handler ran", count, "time(s)")

# Nested group structure is preserved
try:
    raise ExceptionGroup("top", [ValueError("a"), ExceptionGroup("sub", [ValueError("b"), OSError("c")])])
except* ValueError as g:
    print("nested:", str(g), repr(g.exceptions[0]), str(g.exceptions[1]))
except* OSError as g:
    print("oserr:", str(g), str(g.exceptions[0]))
