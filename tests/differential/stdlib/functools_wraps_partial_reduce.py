# functools: update_wrapper/wraps, partial and reduce.
import functools

def original(a, b=2):
    """Original docstring."""
    return a + b
original.custom = "attr"

def wrapper(*args, **kwargs):
    return original(*args, **kwargs)

result = functools.update_wrapper(wrapper, original)
print(result is wrapper, wrapper.__name__, wrapper.__qualname__, wrapper.__doc__, wrapper.__module__)
print(wrapper.__wrapped__ is original, wrapper.custom, wrapper(1))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

# Custom assigned/updated; missing attributes are skipped
class Plain:
    pass
target = Plain()
functools.update_wrapper(target, original, assigned=("__doc__", "missing"), updated=())
print(target.__doc__, hasattr(target, "missing"), target.__wrapped__ is original, hasattr(target, "custom"))

# __wrapped__ always points at the wrapped object, even through chains
def outer(*a):
    return wrapper(*a)
functools.update_wrapper(outer, wrapper)
print(outer.__wrapped__ is wrapper, outer.__wrapped__.__wrapped__ is original)

def decorator(func):
    @functools.wraps(func)
    def inner(*args, **kwargs):
        print("  calling", func.__name__)
        return func(*args, **kwargs)
    return inner

@decorator
def greet(name):
    """Say hello."""
    return "hello " + name
print(greet("molt"), greet.__name__, greet.__doc__, greet.__wrapped__("x"))

class Holder:
    @decorator
    def method(self):
        """A method."""
        return "method result"
print(Holder().method(), Holder.method.__qualname__)

# partial
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
p = functools.partial(f, 1, 2, x=3)
print(p(), p(4, y=5), p(x=9))
print(p.func is f, p.args, p.keywords)
print(callable(p), type(p).__name__)

# Nested partials are flattened
q = functools.partial(p, 10, z=0)
print(q.func is f, q.args, sorted(q.keywords.items()), q())

print(repr(functools.partial(max, 3)), repr(functools.partial(max, 1, key=abs)))
class MyPartial(functools.partial):
    pass
print(repr(MyPartial(min, 5)), MyPartial(min, 5)(2))

# A partial stored on a class is not bound as a method
class Conf:
    make = functools.partial(f, "bound?")
print(Conf().make())

for bad in [(), (3,)]:
    try:
        functools.partial(*bad)
    except TypeError as e:
        print("TypeError:", e)

# reduce
print(functools.reduce(lambda a, b: a * b, range(1, 6)))
print(functools.reduce(lambda a, b: a + b, ["x", "y", "z"], ">"))
print(functools.reduce(lambda a, b: a + b, [], 100), functools.reduce(max, [7]))
print(functools.reduce(lambda acc, x: acc + [x * 2], iter((1, 2, 3)), []))
for args in [(max, []), (max, 5), (max,), (max, [1], 0, 0)]:
    try:
        functools.reduce(*args)
    except TypeError as e:
        print("TypeError:", e, e.__context__)
try:
    functools.reduce(max, [1], initial=0)
except TypeError as e:
    print("TypeError:", e)
