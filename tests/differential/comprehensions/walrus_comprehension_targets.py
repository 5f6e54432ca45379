# Where a walrus inside a comprehension binds: module, function, nested function, class-free cases.
print([(y := v) for v in range(2)], y)
print({(k := n): n for n in range(1)}, k)
print(sorted({(s := c) for c in "cab"}), s)

# Walrus target that is also a global name at module level
counter = 10
print([counter := counter + i for i in range(3)], counter)

def outer():
    def inner():
        return [(last := x) for x in "xyz"]
    r = inner()
    try:
        return r, last
    except NameError as e:
        return r, "NameError: " + str(e)
print(outer())

def with_nonlocal():
    last = "initial"
    def inner():
        nonlocal last
        return [(last := x) for x in "pq"]
    return inner(), last
print(with_nonlocal())

def with_global():
    global gw
    return [(gw := n * n) for n in range(4)]
print(with_global(), gw)

# The walrus binding is visible to later iterations of the same comprehension
print([(prev, prev := x)[0] for x in range(4) if (prev := x - 1) is not None or True])

# Empty iterable: walrus never executes, so the name stays unbound
def never_bound():
    [(nb := x) for x in []]
    try:
        return nb
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(never_bound())

# Walrus in the filter and in the element of a generator consumed partially
gen = ((m := n) for n in range(10))
next(gen); next(gen); next(gen)
print(m)
try:
    print(unbound_name)
except NameError as e:
    print("NameError:", e)
print([(z := i) for i in range(0)], z)
