# contextlib.contextmanager: how an exception from the with body is thrown
# into the generator and what __exit__ makes of each outcome.
import contextlib

@contextlib.contextmanager
def passthrough():
    yield

@contextlib.contextmanager
def converting():
    try:
        yield
    except ValueError as e:
        raise KeyError("converted") from e

@contextlib.contextmanager
def swallowing():
    try:
        yield
    except Exception as e:
        print("  swallowed", repr(e))

@contextlib.contextmanager
def reraising():
    try:
        yield
    except Exception:
        print("  re-raising")
        raise

# The body's exception comes back with the same identity.
err = ValueError("body")
try:
    with passthrough():
        raise err
except ValueError as e:
    print("same object:", e is err)

try:
    with converting():
        raise ValueError("v")
except KeyError as e:
    print("converted:", repr(e), "cause:", repr(e.__cause__))

with swallowing():
    raise TypeError("t")
print("after swallowing")

try:
    with reraising():
        raise IndexError("i")
except IndexError as e:
    print("re-raised:", repr(e), "same context?", e.__context__)

# RuntimeError and StopIteration from the body pass through unchanged.
try:
    with passthrough():
        raise RuntimeError("rt")
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))

stop = StopIteration("stop")
try:
    with passthrough():
        raise stop
except StopIteration as e:
    print("StopIteration passed through:", e is stop)

try:
    with swallowing():
        raise StopIteration("swallowed stop")
except StopIteration:
    print("not reached")
print("StopIteration swallowed by the generator")

# A generator that catches and yields again
@contextlib.contextmanager
def yields_again():
    try:
        yield
    except ValueError:
        yield
try:
    with yields_again():
        raise ValueError("x")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))

# A generator that raises before yielding
@contextlib.contextmanager
def failing_setup():
    raise OSError("setup failed")
    yield
try:
    with failing_setup():
        print("not reached")
except OSError as e:
    print("setup error:", e)

# GeneratorExit and BaseException subclasses are thrown in too
@contextlib.contextmanager
def logging_cm():
    try:
        yield
    except BaseException as e:
        print("  generator saw", type(e).__name__)
        raise
try:
    with logging_cm():
        raise KeyboardInterrupt
except KeyboardInterrupt:
    print("KeyboardInterrupt propagated")

# __exit__ called directly with only the type
cm = swallowing()
cm.__enter__()
print("direct __exit__:", cm.__exit__(ValueError, None, None))
cm = passthrough()
cm.__enter__()
print("clean __exit__:", cm.__exit__(None, None, None))
