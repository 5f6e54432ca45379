# close() raises GeneratorExit inside the generator.
def worker():
    try:
        for i in range(10):
            yield i
    except GeneratorExit:
        print("  GeneratorExit received")
        raise
    finally:
        print("  cleanup")

w = worker()
print(next(w), next(w))
print("close ->", w.close())
print(next(w, "exhausted"))
print("close again ->", w.close())

# close on an unstarted generator does not run the body
u = worker()
u.close()
print("closed unstarted:", next(u, "exhausted"))

# Catching GeneratorExit and returning is fine
def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("  swallowed, returning")
        return "ignored return"
s = swallow()
next(s)
print("close ->", s.close())

# Yielding after GeneratorExit is a RuntimeError
def stubborn(state):
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            if state["allow"]:
                print("  closing for real")
                raise
            print("  refusing to close")
state = {"allow": False}
st = stubborn(state)
next(st)
try:
    st.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print("still suspended:", next(st))
state["allow"] = True
st.close()

# Raising another exception during close propagates
def raiser():
    try:
        yield
    except GeneratorExit:
        raise ValueError("during close")
r = raiser()
next(r)
try:
    r.close()
except ValueError as e:
    print("ValueError:", e, "context:", type(e.__context__).__name__)

print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
