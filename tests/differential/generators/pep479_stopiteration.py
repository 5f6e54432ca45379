# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def leaky():
    yield 1
    raise StopIteration("explicit")

g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__), "context is cause:", e.__context__ is e.__cause__)

# The common bug: next() on an exhausted iterator inside a generator
def first_of_each(iterables):
    for it in iterables:
        yield next(iter(it))

print(list(first_of_each(["ab", [3, 4]])))
try:
    list(first_of_each(["ab", [], "cd"]))
except RuntimeError as e:
    print("RuntimeError:", e)

# Correct way: return, or next with default
def safe_first(iterables):
    for it in iterables:
        value = next(iter(it), None)
        if value is None:
            return
        yield value
print(list(safe_first(["ab", [], "cd"])))

# StopIteration caught inside the generator is fine
def catches():
    try:
        next(iter([]))
    except StopIteration:
        yield "caught internally"
print(list(catches()))

# Subclass of StopIteration is converted too
class MyStop(StopIteration):
    pass
def sub_leak():
    yield "x"
    raise MyStop
try:
    list(sub_leak())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

# Uncaught at the top level
list(leaky())
