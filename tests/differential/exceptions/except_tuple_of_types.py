# except clauses with tuples of exception types, first matching clause wins.
def trigger(kind):
    if kind == 0:
        return [1, 2][5]
    if kind == 1:
        return {}["missing"]
    if kind == 2:
        return int("xyz")
    if kind == 3:
        return 1 / 0
    if kind == 4:
        return None.attr
    return "fine"

for k in range(6):
    try:
        r = trigger(k)
        print(k, "no error", r)
    except (IndexError, KeyError) as e:
        print(k, "lookup", type(e).__name__, isinstance(e, LookupError))
    except (ValueError, ZeroDivisionError) as e:
        print(k, "value/zero", type(e).__name__, e)
    except Exception as e:
        print(k, "other", type(e).__name__)

# A tuple stored in a variable works too.
handled = (TypeError, ValueError, KeyError)
for v in ["3", "x", None]:
    try:
        print("int:", int(v))
    except handled as e:
        print("handled", type(e).__name__)

# Nested tuples are NOT flattened: matching raises TypeError only when tried
nested = (KeyError, (ValueError,))
try:
    print("no exception, nested tuple never checked")
except nested:
    pass
try:
    try:
        int("bad")
    except nested:
        print("never")
except TypeError as t:
    print("TypeError:", t, "| context:", type(t.__context__).__name__)

# Base class in tuple catches subclass
try:
    raise FileNotFoundError("nope")
except (KeyError, OSError) as e:
    print("caught", type(e).__name__, type(e).__mro__[1].__name__)

# Empty tuple catches nothing
try:
    try:
        raise ValueError("inner")
    except ():
        print("never")
except ValueError as e:
    print("outer got", e)
