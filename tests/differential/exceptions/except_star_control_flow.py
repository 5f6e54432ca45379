# except* with else/finally, loops, generators, names and sys.exc_info().
import sys

def gen():
    for i in range(3):
        try:
            if i:
                raise ExceptionGroup("g%d" % i, [ValueError(i), TypeError(i)])
            yield "ok"
        except* ValueError as g:
            yield "value %s" % g.exceptions[0]
        except* TypeError:
            yield "type, handled is " + repr(sys.exc_info()[1])
        finally:
            print("finally", i)
print(list(gen()))

# The bound name is unbound after the handler (local and global)
def local_name():
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ValueError as g:
        pass
    try:
        g
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
local_name()
try:
    raise ExceptionGroup("g", [ValueError()])
except* ValueError as module_level:
    pass
print("module_level" in globals())

# The handled exception is restored after the statement
try:
    raise KeyError("outer")
except KeyError:
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ValueError:
        print("inside:", repr(sys.exc_info()[1]))
    print("after:", repr(sys.exc_info()[1]))
print("end:", sys.exc_info())

# Loops inside handlers may break and continue
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError:
    for i in range(5):
        if i == 1:
            continue
        if i == 3:
            break
        print("loop", i)

# Exceptions in a clause's types propagate, with the original as context
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* undefined_name:
        pass
except NameError as e:
    print("NameError:", e, "| context:", repr(e.__context__))

# Invalid types are checked even when nothing is left to match
for types in (int, (ValueError, str), ExceptionGroup, (KeyError, BaseExceptionGroup)):
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1)])
        except* ValueError:
            pass
        except* types:
            pass
    except TypeError as e:
        print("TypeError:", e)

# A handler that returns normally after catching its own exceptions
try:
    raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
except* ValueError:
    try:
        raise RuntimeError("internal")
    except RuntimeError:
        print("handled internally")
except* KeyError as g:
    print("key:", repr(g))

# Nested except* inside a handler
try:
    raise ExceptionGroup("outer", [ValueError(1), TypeError(2)])
except* ValueError as outer:
    try:
        raise ExceptionGroup("inner", [KeyError(3), ValueError(4)])
    except* KeyError as inner:
        print("inner", repr(inner), "| outer", repr(outer))
    except* ValueError:
        print("inner value")
except* TypeError:
    print("outer type")

# Deleting the bound name inside the handler
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError as gone:
    del gone
print("deleted ok")
