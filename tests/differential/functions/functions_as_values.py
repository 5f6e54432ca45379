# Functions are first-class values.
def square(x):
    return x * x


def cube(x):
    return x * x * x


f = square
print(f(4), f is square, f.__name__)
table = {"sq": square, "cu": cube}
for name in table:
    print(name, table[name](3))


def apply_all(funcs, value):
    results = []
    for fn in funcs:
        results.append(fn(value))
    return results


print(apply_all([square, cube, abs, str], -2))
print(max([3, -7, 5], key=square), min([3, -7, 5], key=cube))
print(type(square).__name__)
square = cube
print(f(2), square(2))
