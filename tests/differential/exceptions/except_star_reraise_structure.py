# What leaves a try/except*: re-raised parts keep the original structure,
# new exceptions are grouped with them in a fresh ExceptionGroup("").
def run(body):
    try:
        body()
    except BaseException as e:
        print("  escaped:", type(e).__name__, repr(e))
        return e
    print("  nothing escaped")

def tree():
    return ExceptionGroup("top", [ValueError(1), ExceptionGroup("mid", [TypeError(2), ValueError(3)]), OSError(4)])

print("reraise everything")
def body():
    try:
        raise tree()
    except* ValueError:
        raise
    except* TypeError:
        raise
run(body)

print("reraise, raise new, leave rest")
def body():
    try:
        raise tree()
    except* ValueError:
        raise
    except* TypeError as g:
        raise RuntimeError("from type handler")
e = run(body)
print("  context of new:", repr(e.exceptions[0].__context__))

print("raise the bound group explicitly (a new raise)")
def body():
    try:
        raise tree()
    except* TypeError as g:
        raise g
run(body)

print("raise new from the bound group")
def body():
    try:
        raise tree()
    except* OSError as g:
        raise KeyError("k") from g
e = run(body)
print("  cause:", repr(e.exceptions[0].__cause__))

print("two new exceptions, all handled")
def body():
    try:
        raise tree()
    except* ValueError:
        raise KeyError("a")
    except* (TypeError, OSError):
        raise KeyError("b")
run(body)

print("one new exception, all handled: not wrapped")
def body():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("only")
run(body)

print("naked exception, unmatched")
def body():
    try:
        raise KeyError("naked")
    except* ValueError:
        print("  not here")
run(body)

print("naked exception, matched and re-raised")
def body():
    try:
        raise KeyError("naked")
    except* KeyError:
        raise
run(body)

print("naked exception, matched, new raised")
def body():
    try:
        raise KeyError("naked")
    except* KeyError as g:
        print("  handler got", repr(g))
        raise ValueError("new")
e = run(body)
print("  context:", repr(e.__context__))

print("naked BaseException is wrapped in a BaseExceptionGroup")
def body():
    try:
        raise KeyboardInterrupt("ki")
    except* KeyboardInterrupt as g:
        print("  handler got", type(g).__name__, repr(g))
run(body)

print("BaseExceptionGroup split")
def body():
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* ValueError as g:
        print("  handler got", type(g).__name__, repr(g))
run(body)

print("raising inside a nested function called from a handler")
def helper():
    raise
def body():
    try:
        raise tree()
    except* OSError:
        helper()
run(body)
