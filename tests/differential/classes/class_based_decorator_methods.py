# Class-based decorators: __call__ wrapping functions, and __get__ to work as methods.
class CountCalls:
    def __init__(self, func):
        self.func = func
        self.calls = 0
        self.__name__ = func.__name__

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)

@CountCalls
def square(x):
    return x * x

print(square(3), square(4), square.calls, square.__name__, type(square).__name__)

class Broken:
    @CountCalls
    def method(self, x):
        return x + 1

try:
    Broken().method(1)  # no __get__: self is not passed
except TypeError as e:
    print(type(e).__name__, e)
print(Broken().method(Broken(), 1), Broken.method.calls)

class BindingCountCalls(CountCalls):
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        def bound(*args, **kwargs):
            return self(obj, *args, **kwargs)
        bound.calls_so_far = self.calls
        return bound

class Fixed:
    def __init__(self, base):
        self.base = base

    @BindingCountCalls
    def add(self, x):
        return self.base + x

f = Fixed(10)
print(f.add(1), f.add(2), Fixed(100).add(5), Fixed.add.calls, f.add.calls_so_far)

# decorator with arguments implemented as a class
class Repeat:
    def __init__(self, times):
        self.times = times

    def __call__(self, func):
        def wrapper(*args):
            return [func(*args) for _ in range(self.times)]
        wrapper.__name__ = func.__name__
        return wrapper

@Repeat(3)
def hello(name):
    return "hi " + name

print(hello("bo"), hello.__name__)
