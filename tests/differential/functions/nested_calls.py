# Nested calls and evaluation order of arguments.
def trace(x):
    print("trace", x)
    return x


def add(a, b):
    return a + b


def mul(a, b):
    return a * b


print(add(mul(2, 3), mul(add(1, 1), 4)))
print(add(trace(1), add(trace(2), trace(3))))
print(mul(trace("a"), trace(3)))


def compose_apply(f, g, x):
    return f(g(x))


def inc(x):
    return x + 1


def double(x):
    return x * 2


print(compose_apply(inc, double, 5), compose_apply(double, inc, 5))
print(len(str(abs(-12345))), max(min(3, 7), min(10, 5)))
ops = [inc, double, inc]
v = 1
for op in ops:
    v = op(v)
print(v)
