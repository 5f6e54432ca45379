# Walrus targets inside comprehensions bind in the enclosing function,
# through nonlocal, global and generator-expression boundaries.
def a():
    x = 0
    def b():
        nonlocal x
        return [(x := i) for i in range(3)], x
    r = b()
    return r, x
print(a())

def c():
    gen = ((y := i) for i in range(3))
    list(gen)
    return y
print(c())

def d():
    return [[(z := j) for j in range(i)] for i in range(3)], z
print(d())

lam = lambda: [(q := 5) for _ in range(1)] and q
print(lam())

def f():
    global gz
    return [(gz := n) for n in range(2)]
print(f(), gz)

def h():
    try:
        print([k for k in range(1)], k)
    except NameError as err:
        print(err)
h()
print(all((w := v) < 3 for v in range(10)), w)

def closure_walrus():
    fs = [lambda: m for _ in range(2) if (m := _) >= 0]
    return [f() for f in fs], m
print(closure_walrus())
