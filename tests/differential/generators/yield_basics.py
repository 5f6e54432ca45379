# Basic generator functions: lazy execution, next(), exhaustion.
def gen():
    print("  start")
    yield 1
    print("  after 1")
    yield 2
    print("  after 2")

g = gen()
print("created, nothing ran yet")
print(type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
print(list(g), next(g, "default"))

def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)), sum(countdown(100)))

# yield as an expression without send gives None
def echo():
    while True:
        received = yield
        print("  received", received)
        if received is None:
            return
e = echo()
print(next(e))
try:
    next(e)
except StopIteration:
    print("echo stopped")

# Generators are iterators: iter(g) is g
g = countdown(2)
print(iter(g) is g, [x for x in g], list(g))

# yield inside try/finally
def guarded():
    try:
        yield "a"
        yield "b"
    finally:
        print("  guarded cleanup")
print(list(guarded()))
g = guarded()
for item in g:
    print(item)
    break
print("after break")
g.close()
print("after close")
