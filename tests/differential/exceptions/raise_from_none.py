# raise ... from None hides the context but keeps __context__ set.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise AttributeError("no attribute %s" % k) from None

try:
    lookup({"a": 1}, "b")
except AttributeError as e:
    print("msg:", e)
    print("cause:", e.__cause__)
    print("context:", repr(e.__context__))
    print("suppress:", e.__suppress_context__)

# suppress flag can be toggled back
try:
    lookup({}, "z")
except AttributeError as e:
    e.__suppress_context__ = False
    print("now suppress:", e.__suppress_context__)

# from None outside a handler
try:
    raise ValueError("plain") from None
except ValueError as e:
    print(e.__cause__, e.__context__, e.__suppress_context__)

# Uncaught: only AttributeError is shown
print(lookup({"x": 0}, "x"))
lookup({"x": 0}, "y")
