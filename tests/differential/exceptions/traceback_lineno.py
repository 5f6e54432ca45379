# __traceback__ objects: walk tb_next and print only line numbers.
def deep(n):
    if n == 0:
        raise ValueError("bottom")
    return deep(n - 1)

def linenos(exc):
    out = []
    tb = exc.__traceback__
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out

try:
    deep(3)
except ValueError as e:
    print("lines:", linenos(e))
    print("first tb line is the try line:", e.__traceback__.tb_lineno == 16)

e = ValueError("never raised")
print("unraised tb:", e.__traceback__)

# Re-raising extends the traceback with the handler line
def rethrow():
    try:
        deep(1)
    except ValueError:
        raise

try:
    rethrow()
except ValueError as e:
    print("rethrow lines:", linenos(e))

# with_traceback replaces the traceback
try:
    deep(0)
except ValueError as e:
    saved_tb = e.__traceback__
new = KeyError("k").with_traceback(saved_tb)
print("with_traceback:", linenos(new))
try:
    raise new
except KeyError as k:
    print("after raise:", linenos(k))
print(KeyError("x").with_traceback(None).__traceback__)
