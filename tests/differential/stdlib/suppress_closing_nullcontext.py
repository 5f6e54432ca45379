# contextlib.suppress, closing and nullcontext: edge cases.
import contextlib

# One suppress object can be reused and nested.
ignore = contextlib.suppress(KeyError, IndexError)
for key in ["a", "b"]:
    with ignore:
        {}[key]
    with ignore:
        with ignore:
            [][0]
print("reused")

# Only the listed classes and their subclasses are suppressed.
try:
    with contextlib.suppress(LookupError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped:", e)
try:
    with contextlib.suppress():
        raise KeyError("nothing listed")
except KeyError as e:
    print("escaped:", e)
with contextlib.suppress(BaseException):
    raise SystemExit(3)
print("SystemExit suppressed")

# __enter__ returns None; __exit__ results
s = contextlib.suppress(ZeroDivisionError)
print(s.__enter__(), s.__exit__(None, None, None), s.__exit__(ZeroDivisionError, ZeroDivisionError(), None),
      s.__exit__(KeyError, KeyError(), None))

# suppress in a function returns normally after the block
def first_int(items):
    result = None
    for item in items:
        with contextlib.suppress(ValueError, TypeError):
            result = int(item)
            break
    return result
print(first_int(["x", None, "7", "8"]), first_int([]))

# A non-class argument fails only when an exception is checked
bad = contextlib.suppress("not a class")
with bad:
    pass
try:
    with bad:
        raise KeyError("k")
except TypeError as e:
    print("TypeError:", e)

# closing calls close() even when the body raises, and returns the thing
class Resource:
    def __init__(self):
        self.closed = 0
    def close(self):
        self.closed += 1
r = Resource()
with contextlib.closing(r) as got:
    print("same object:", got is r, contextlib.closing(r).thing is r)
try:
    with contextlib.closing(r):
        raise OSError("io")
except OSError:
    pass
print("closed", r.closed, "times")

# closing of an object without close() fails on exit
try:
    with contextlib.closing(42) as n:
        print("entered with", n)
except AttributeError as e:
    print("AttributeError:", e)

# closing does not suppress, even if close() returns true
class Truthy:
    def close(self):
        return True
try:
    with contextlib.closing(Truthy()):
        raise KeyError("kept")
except KeyError as e:
    print("not suppressed:", e)

# nullcontext: the enter result, reuse, no suppression
n = contextlib.nullcontext([1, 2])
with n as a:
    with n as b:
        print(a is b, a, n.enter_result)
try:
    with contextlib.nullcontext():
        raise ValueError("passes")
except ValueError as e:
    print("nullcontext let through:", e)
print(contextlib.nullcontext().__exit__(ValueError, ValueError(), None))

# Every helper is a context manager in the abstract sense
for cls in [contextlib.suppress, contextlib.closing, contextlib.nullcontext, contextlib.ExitStack,
            contextlib.redirect_stdout, contextlib.redirect_stderr]:
    print(cls.__name__, issubclass(cls, contextlib.AbstractContextManager), cls.__module__)

class Base(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        print("  Base exit")
with Base() as b:
    print("AbstractContextManager.__enter__ returns self:", isinstance(b, Base))
print(contextlib.AbstractContextManager.__exit__(None, None, None, None))
