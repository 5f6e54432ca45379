# contextlib.contextmanager: the yielded value, misuse errors, reuse,
# metadata copied from the generator function, use as a decorator.
import contextlib

@contextlib.contextmanager
def value(v):
    """Yields its argument."""
    print("  enter", v)
    yield v
    print("  exit", v)

with value(1) as a, value(2) as b:
    print("body", a, b)

print(value.__name__, value.__qualname__, value.__doc__, value.__module__)
print(value.__wrapped__.__name__)
cm = value(3)
print(type(cm).__name__, cm.__doc__)
print(cm.gen.__name__)

@contextlib.contextmanager
def undocumented():
    yield
print(undocumented().__doc__)

# Entering a second time fails: the arguments are dropped on entry.
with cm:
    pass
try:
    with cm:
        pass
except AttributeError as e:
    print("AttributeError:", e)

@contextlib.contextmanager
def never_yields():
    return
    yield
try:
    with never_yields():
        pass
except RuntimeError as e:
    print(e, e.__context__, e.__suppress_context__)

@contextlib.contextmanager
def yields_twice():
    yield 1
    yield 2
try:
    with yields_twice():
        pass
except RuntimeError as e:
    print(e)

# A decorator: a fresh generator for every call
calls = []
@value("deco")
def work(x, *, y=0):
    """Work docstring."""
    calls.append(x + y)
    return x + y
print(work(1), work(2, y=10), calls)
print(work.__name__, work.__doc__, work.__wrapped__.__name__)

# Exceptions from the decorated function reach the generator
@contextlib.contextmanager
def guard():
    try:
        yield
    except ZeroDivisionError:
        print("  guarded")

@guard()
def divide(a, b):
    return a / b
print(divide(6, 3), divide(1, 0))

# A class deriving from ContextDecorator
class Logged(contextlib.ContextDecorator):
    def __enter__(self):
        print("  start")
        return self
    def __exit__(self, *exc):
        print("  stop", exc[0].__name__ if exc[0] else None)
        return False

@Logged()
def task(n):
    if n < 0:
        raise ValueError(n)
    return n * 2
print(task(4))
try:
    task(-1)
except ValueError as e:
    print("ValueError:", e)

# The generator's own exception escaping with no body error
@contextlib.contextmanager
def fails_on_exit():
    yield
    raise LookupError("in cleanup")
try:
    with fails_on_exit():
        pass
except LookupError as e:
    print("cleanup error:", e)

# An uncaught error from the protocol ends the program
with yields_twice():
    pass
