# gen.throw() raises inside the generator at the paused yield.
def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("  handled ValueError:", e)
            n = -1
        except KeyError:
            print("  KeyError: stopping")
            return "stopped by KeyError"
        n += 1

g = resilient()
print(next(g), next(g), next(g))
print("throw ValueError ->", g.throw(ValueError("reset")))
print(next(g))
try:
    g.throw(KeyError("k"))
except StopIteration as e:
    print("StopIteration value:", e.value)

# Unhandled thrown exception propagates out and closes the generator
def simple():
    yield 1
    yield 2
s = simple()
next(s)
try:
    s.throw(RuntimeError("boom"))
except RuntimeError as e:
    print("propagated:", e)
print(next(s, "closed"))

# throw into a just-created generator: raises immediately, body never ran
def never():
    print("never printed")
    yield
n = never()
try:
    n.throw(TypeError("early"))
except TypeError as e:
    print("early throw:", e)

# throw with an exception class
def catch_all():
    try:
        yield
    except Exception as e:
        yield "caught " + type(e).__name__ + repr(e.args)
c = catch_all()
next(c)
print(c.throw(IndexError))

# finally runs when a thrown exception escapes
def with_finally():
    try:
        yield 1
    finally:
        print("  finally ran")
w = with_finally()
next(w)
w.throw(OSError("escapes"))
