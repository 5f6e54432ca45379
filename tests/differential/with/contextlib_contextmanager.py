# contextlib.contextmanager: setup/teardown around yield, exception handling inside.
import contextlib

@contextlib.contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)

with tag("div") as t:
    print("  content", t)
    with tag("span"):
        print("    inner")

@contextlib.contextmanager
def catching(*types):
    try:
        yield
    except types as e:
        print("  suppressed", type(e).__name__, e)

with catching(ValueError):
    int("x")
print("continued")
try:
    with catching(ValueError):
        {}["k"]
except KeyError as e:
    print("KeyError escaped:", e)

@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields() as v:
        print("value", v)
except RuntimeError as e:
    print("RuntimeError:", e)

# Used as a decorator
@tag("deco")
def decorated(x):
    print("  running decorated", x)
    return x * 2
print(decorated(21))

