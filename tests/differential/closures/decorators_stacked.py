# Stacked decorators apply bottom-up; calls go top-down.
order = []

def tag(name):
    def deco(fn):
        order.append("decorating with " + name)
        def wrapper(*args, **kwargs):
            order.append("enter " + name)
            result = fn(*args, **kwargs)
            order.append("exit " + name)
            return "<%s>%s</%s>" % (name, result, name)
        return wrapper
    return deco

@tag("b")
@tag("i")
@tag("u")
def text(s):
    order.append("body")
    return s

print(order)
order.clear()
print(text("hello"))
print(order)

def trace(fn):
    depth = [0]
    def wrapper(n):
        print("  " * depth[0] + "call %s(%d)" % (fn.__name__, n))
        depth[0] += 1
        try:
            return fn(n)
        finally:
            depth[0] -= 1
    return wrapper

@trace
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(4))
print(fib.__name__)

# Decorator applied by hand equals @ syntax
def shout(fn):
    return lambda *a: fn(*a).upper()
def greet(name):
    return "hi " + name
print(shout(shout(greet))("bob"))

# Decorators on methods
class C:
    @tag("m")
    def method(self, x):
        return x * 2
print(C().method(21))
