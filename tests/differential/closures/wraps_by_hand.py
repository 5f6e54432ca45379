# Copying __name__, __doc__, __qualname__ and setting __wrapped__ by hand (no functools).
def my_wraps(original):
    def apply(wrapper):
        for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
            setattr(wrapper, attr, getattr(original, attr))
        wrapper.__dict__.update(original.__dict__)
        wrapper.__wrapped__ = original
        return wrapper
    return apply

def logged(fn):
    @my_wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", wrapper.__name__, args)
        return fn(*args, **kwargs)
    return wrapper

def plain(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper

@logged
def add(a, b):
    """Add two numbers."""
    return a + b
add.custom = "attr"

@plain
def sub(a, b):
    """Subtract."""
    return a - b

print(add(2, 3))
print(add.__name__, add.__qualname__, add.__doc__, add.__module__)
print(sub.__name__, sub.__qualname__, sub.__doc__)
print(add.__wrapped__(10, 20), add.__wrapped__.__name__)

# Unwrapping a chain of __wrapped__ by hand
@logged
@logged
def mul(a, b):
    "Multiply."
    return a * b
depth = 0
f = mul
while hasattr(f, "__wrapped__"):
    f = f.__wrapped__
    depth += 1
print("depth", depth, f.__name__, f(6, 7))
print(mul(2, 3))

def tagged(fn):
    fn.tag = "important"
    return fn

@logged
@tagged
def tagged_fn():
    return "x"
print(tagged_fn.tag, tagged_fn.__doc__)
print(logged.__qualname__, my_wraps(add).__qualname__)
