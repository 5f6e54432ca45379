# except* inside a generator: handlers that yield, and a re-raised part
# escaping uncaught through next().
import sys
def g():
    try:
        yield 1
        raise ExceptionGroup("in gen", [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        print("handled", repr(eg), repr(sys.exc_info()[1]))
        yield 2
    except* TypeError:
        yield 3
        raise
it = g()
print(next(it), next(it), next(it))
next(it)
