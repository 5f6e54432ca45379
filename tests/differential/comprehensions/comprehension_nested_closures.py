# Lambdas and inner comprehensions that close over comprehension variables.
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])

late = [lambda x: x + n for n in range(3)]
print([f(10) for f in late])

# Nested comprehension: the inner lambda sees both loop variables (late bound)
grid = [[lambda: (r, c) for c in range(2)] for r in range(2)]
print([[f() for f in row] for row in grid])

# Bind both by defaults
grid = [[lambda r=r, c=c: (r, c) for c in range(2)] for r in range(2)]
print([[f() for f in row] for row in grid])

# Comprehension inside a function uses the function's locals
def scale_all(values, factor):
    return [v * factor for v in values]
print(scale_all([1, 2, 3], 4))

# Comprehension in a nested function referencing enclosing function variables
def outer(prefix):
    def inner(items):
        return [prefix + s for s in items if s != prefix]
    return inner
print(outer("x")(["a", "x", "b"]))

# Comprehension variable shadows an enclosing name only inside the comprehension
def shadow():
    n = "outer n"
    fs = [lambda: n for n in range(2)]
    return n, [f() for f in fs]
print(shadow())

# Closure in comprehension that modifies a nonlocal counter
def counted():
    count = 0
    def inc(x):
        nonlocal count
        count += 1
        return x
    result = [inc(x) for x in "abcd" if x != "c"]
    return result, count
print(counted())

# Generator expression capturing a loop variable of an enclosing for loop
gens = []
for k in range(3):
    gens.append(x * k for x in range(3))
print([list(g) for g in gens])
