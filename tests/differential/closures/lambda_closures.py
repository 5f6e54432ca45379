# Lambdas as closures, immediately called lambdas, lambdas with defaults.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add.__name__)

def make_multiplier(n):
    return lambda x: x * n
double, triple = make_multiplier(2), make_multiplier(3)
print(double(7), triple(7), double(triple(2)))

print((lambda *args, **kw: (args, sorted(kw.items())))(1, 2, z=3, a=4))
print((lambda: "immediate")())

compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(double, inc)(5), compose(inc, double)(5))

ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
}
for sym in sorted(ops):
    print(sym, ops[sym](6, 3))

# Sorting with lambdas capturing outer state
weights = {"a": 3, "b": 1, "c": 2}
print(sorted(weights, key=lambda k: weights[k]))
weights["a"] = 0
print(sorted(weights, key=lambda k: weights[k]))

# Recursive lambda through a name
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))

# Lambda default captures the current value
funcs = [lambda i=i: i * i for i in range(4)]
print([f() for f in funcs])

# Keyword-only and positional-only in lambdas
kw = lambda a, /, b, *, c: (a, b, c)
print(kw(1, 2, c=3), kw(1, b=2, c=3))
try:
    kw(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
print((lambda: None).__name__, (lambda: None).__code__.co_argcount)
