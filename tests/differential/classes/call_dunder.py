# __call__ on instances, callable(), and calling non-callable instances.
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0

    def __call__(self, x, *rest, scale=1):
        self.calls += 1
        return (self.n + x + sum(rest)) * scale


add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), add5.calls)
print(callable(add5), callable(Adder), callable(5), callable(print))
print(list(map(Adder(100), [1, 2, 3])))
print(sorted([3, 1, 2], key=Adder(0)))


class Plain:
    pass


try:
    Plain()()
except TypeError as e:
    print(type(e).__name__, e)

try:
    Plain()(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

# instance attribute __call__ is ignored by the call syntax
p = Plain()
p.__call__ = lambda: "inst"
print(callable(p))
try:
    p()
except TypeError as e:
    print(type(e).__name__, e)


# __call__ itself can be a callable object
class Inner:
    def __call__(self, *args):
        return "inner" + repr(args)


class Outer:
    __call__ = Inner()


print(Outer()(1, 2))


# wrong arg count to __call__
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)

# calling other non-callables
for obj in (5, "s", [1], None):
    try:
        obj()
    except TypeError as e:
        print(type(e).__name__, e)

Plain()()
