# Raising inside except* handlers and unhandled leftovers.
def attempt():
    try:
        raise ExceptionGroup("work", [ValueError("bad value"), TypeError("bad type")])
    except* ValueError:
        print("handling ValueError, raising KeyError")
        raise KeyError("new")
    except* TypeError:
        print("handling TypeError")

# When every original exception was handled and one new exception was raised,
# it propagates on its own (not wrapped in a group).
try:
    attempt()
except ExceptionGroup as eg:
    print("outer group:", type(eg).__name__, str(eg))
except KeyError as e:
    print("outer plain:", repr(e), "context:", type(e.__context__).__name__, str(e.__context__))

# With an unhandled leftover, the raised exception and the leftover are grouped
def attempt2():
    try:
        raise ExceptionGroup("work", [ValueError("v"), OSError("o")])
    except* ValueError:
        raise KeyError("new2")

try:
    attempt2()
except ExceptionGroup as eg:
    print("outer group:", str(eg), [type(e).__name__ for e in eg.exceptions])

# Bare raise inside except* re-raises the matched part
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), OSError(2)])
    except* ValueError:
        print("re-raising ValueError part")
        raise
    except* OSError:
        print("OSError handled")
except ExceptionGroup as eg:
    print("re-raised:", str(eg), [repr(e) for e in eg.exceptions])

# except* cannot catch ExceptionGroup itself
try:
    try:
        raise ValueError("x")
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)

# Unhandled leftover escapes uncaught
try:
    raise ExceptionGroup("final group", [ZeroDivisionError("z"), ValueError("v")])
except* ValueError:
    print("only ValueError handled")
