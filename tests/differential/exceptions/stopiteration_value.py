# StopIteration.value carries a generator's return value.
def gen():
    yield 1
    return "result"

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", repr(e.value), "args:", e.args)

try:
    next(g)
except StopIteration as e:
    print("exhausted again:", repr(e.value), e.args)

e = StopIteration()
print(repr(e.value), e.args)
e = StopIteration(1, 2)
print(e.value, e.args)
e = StopIteration([1, 2])
print(e.value)

it = iter([])
try:
    next(it)
except StopIteration as e:
    print("list iterator:", e.value, e.args)

print(next(iter([]), "default"))

def ret_none():
    return
    yield
try:
    next(ret_none())
except StopIteration as e:
    print("none:", e.value)

# StopAsyncIteration is separate
print(issubclass(StopAsyncIteration, StopIteration))
next(iter(()))
