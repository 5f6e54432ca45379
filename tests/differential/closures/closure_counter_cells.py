# Closures capture variables (cells), not values.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter()
print(inc(), inc(), inc(5), get())
inc2, get2 = make_counter(100)
print(inc2(), get(), get2())

# Two closures share the same cell
def shared():
    value = []
    def add(x):
        value.append(x)
    def show():
        return list(value)
    return add, show
add, show = shared()
add(1); add(2)
print(show())

# The closure sees later rebinding of the enclosing variable
def late():
    x = "first"
    def read():
        return x
    r1 = read()
    x = "second"
    return r1, read()
print(late())

# __closure__ cell contents
def outer():
    a = 1
    b = "two"
    def inner():
        return a, b
    return inner
fn = outer()
print(fn.__code__.co_freevars)
print([c.cell_contents for c in fn.__closure__])
print(outer.__code__.co_cellvars)
print(make_counter.__closure__)

# Cell modified after the closure was returned
inc3, get3 = make_counter(10)
cells = inc3.__closure__
print(cells[0].cell_contents)
inc3(7)
print(cells[0].cell_contents, get3())
