# Error cases around generators.
def gen():
    yield 1

g = gen()
# generators are not subscriptable and have no len
try:
    g[0]
except TypeError as e:
    print("TypeError:", e)
try:
    len(g)
except TypeError as e:
    print("TypeError:", e)

# a generator cannot be re-entered while running
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

# return with a value in a generator is allowed, it sets StopIteration.value
def ret():
    yield "a"
    return [1, 2]
r = ret()
next(r)
try:
    next(r)
except StopIteration as e:
    print("value", e.value)

# Generator function with no yield executed still is a generator
def never_yields():
    return "x"
    yield
print(type(never_yields()).__name__, list(never_yields()))

# throw() with a non-exception
g2 = gen()
try:
    g2.throw(42)
except TypeError as e:
    print("TypeError:", e)

# Exception raised in a generator's body on first next
def bad_start():
    raise KeyError("at start")
    yield
b = bad_start()
try:
    next(b)
except KeyError as e:
    print("KeyError", e)
print(next(b, "closed after error"))
print(gen.__name__, gen().__name__, gen().__qualname__)
next(ret(), None)
list(x for x in gen() if 1 / 0)
