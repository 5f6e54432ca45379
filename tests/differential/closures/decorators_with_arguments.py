# Decorator factories taking arguments, including keyword-only configuration.
def repeat(times, *, sep=" "):
    def deco(fn):
        def wrapper(*args):
            return sep.join(fn(*args) for _ in range(times))
        return wrapper
    return deco

@repeat(3)
def word(w):
    return w

@repeat(2, sep="-")
def pair(a, b):
    return a + b

print(word("ha"), pair("x", "y"))

def validate(**types):
    def deco(fn):
        names = fn.__code__.co_varnames[:fn.__code__.co_argcount]
        def wrapper(*args):
            for name, value in zip(names, args):
                expected = types.get(name)
                if expected is not None and not isinstance(value, expected):
                    raise TypeError("%s must be %s, got %s" % (name, expected.__name__, type(value).__name__))
            return fn(*args)
        return wrapper
    return deco

@validate(a=int, b=str)
def combine(a, b):
    return b * a

print(combine(3, "ab"))
try:
    combine("3", "ab")
except TypeError as e:
    print("TypeError:", e)

def register(registry, name=None):
    def deco(fn):
        registry[name or fn.__name__] = fn
        return fn
    return deco

handlers = {}
@register(handlers)
def alpha():
    return "A"
@register(handlers, name="beta-renamed")
def beta():
    return "B"
print(sorted(handlers), [handlers[k]() for k in sorted(handlers)])
print(alpha(), beta.__name__)

# Decorator expression can be any expression (PEP 614)
decos = [repeat(2), repeat(4, sep="")]
@decos[1]
def z():
    return "z"
print(z())
combine(1, 2)
