# Class-based decorators: __call__ wrappers, and why they do not bind as methods without __get__.
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
        self.__name__ = fn.__name__
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)

@CountCalls
def hello(name):
    return "hello " + name

print(hello("a"), hello("b"), hello.calls, hello.__name__, type(hello).__name__)

class Greeter:
    @CountCalls
    def greet(self, who):
        return "greet " + who

g = Greeter()
try:
    g.greet("x")
except TypeError as e:
    print("TypeError:", e)
print(g.greet(g, "explicit self"))

class BoundCount(CountCalls):
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        def bound(*args, **kwargs):
            return self(obj, *args, **kwargs)
        return bound

class Greeter2:
    @BoundCount
    def greet(self, who):
        return "greet2 " + who

g2 = Greeter2()
print(g2.greet("y"), g2.greet("z"), Greeter2.greet.calls)

class WithArgs:
    def __init__(self, prefix):
        self.prefix = prefix
    def __call__(self, fn):
        def wrapper(*a):
            return self.prefix + str(fn(*a))
        return wrapper

@WithArgs(">> ")
def add(a, b):
    return a + b
print(add(2, 3))
