# Bare 'raise' re-raises the exception currently being handled.
def inner():
    raise ValueError("original")

def middle():
    try:
        inner()
    except ValueError:
        print("middle saw it, re-raising")
        raise

try:
    middle()
except ValueError as e:
    print("top:", e, type(e).__name__)

# Re-raise after handling a different exception inside the handler
try:
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise TypeError("second")
        except TypeError:
            print("handled second")
        raise  # re-raises KeyError, not TypeError
except KeyError as e:
    print("re-raised:", repr(e))

# Bare raise in a function called from a handler
def reraiser():
    raise

try:
    try:
        raise IndexError("idx")
    except IndexError:
        reraiser()
except IndexError as e:
    print("function re-raise:", e)

# sys.exc_info style check without import: exception in the handler is the same object
try:
    try:
        raise LookupError("same")
    except LookupError as first:
        keep = first
        raise
except LookupError as second:
    print("same object:", keep is second)

# Bare raise with no active exception
raise
