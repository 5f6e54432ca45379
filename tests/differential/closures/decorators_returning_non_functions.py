# Decorators may return anything: constants, classes, instances, tuples.
def to_value(fn):
    return fn()

@to_value
def answer():
    return 42
print(answer, type(answer).__name__)

def count_calls(fn):
    class Counter:
        def __init__(self):
            self.calls = 0
        def __call__(self, *args):
            self.calls += 1
            return fn(*args)
        def __repr__(self):
            return "<Counter of %s: %d calls>" % (fn.__name__, self.calls)
    return Counter()

@count_calls
def square(x):
    return x * x
print(square(3), square(4), square)
print(square.calls)

def as_property_list(fn):
    return [fn(i) for i in range(5)]

@as_property_list
def table(i):
    return i * 3
print(table)

def none_deco(fn):
    return None

@none_deco
def gone():
    return "unreachable"
print(gone)

# Class decorator adding attributes
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join("%s=%r" % (k, v) for k, v in self.__dict__.items())
        return "%s(%s)" % (cls.__name__, fields)
    cls.__repr__ = __repr__
    return cls

@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, 2))

# Calling the result of a decorator that returned None
gone()
