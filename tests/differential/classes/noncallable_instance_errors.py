# Calling non-callable things and related TypeErrors.
class Data:
    value = 5

    def __init__(self):
        self.items = [1, 2]
        self.name = "data"


d = Data()
cases = [
    ("instance", lambda: d()),
    ("int attr", lambda: d.value()),
    ("list attr", lambda: d.items()),
    ("str attr", lambda: d.name()),
    ("class attr via class", lambda: Data.value()),
    ("None", lambda: d.__dict__.get("nothing")()),
    ("tuple result", lambda: tuple(d.items)()),
    ("dict", lambda: vars(d)()),
    ("module-level int", lambda: Data.value.real()),
]
for label, fn in cases:
    try:
        fn()
    except TypeError as e:
        print(label, "->", type(e).__name__, e)


class Wrapper:
    def __init__(self, fn):
        self.fn = fn


w = Wrapper(len)
print(w.fn([1, 2, 3]))
try:
    w([1])
except TypeError as e:
    print(type(e).__name__, e)

# a class with __call__ = non-callable
class BadCall:
    __call__ = 5


try:
    BadCall()()
except TypeError as e:
    print(type(e).__name__, e)
print(callable(BadCall()))

# calling the class of a class: type(...) errors
try:
    type(d)(1)
except TypeError as e:
    print(type(e).__name__, e)

d.items[0]()
