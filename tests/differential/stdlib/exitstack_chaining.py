# contextlib.ExitStack: exceptions raised by callbacks chain as they would
# through nested with statements; suppression resets what propagates.
import contextlib
import sys

def raiser(exc):
    def cb(*details):
        print("  raising", repr(exc), "saw", repr(details[1]) if details else None)
        raise exc
    return cb

def chain(e):
    out = []
    while e is not None:
        out.append(repr(e))
        e = e.__context__
    return " <- ".join(out)

# Every callback's exception has the previous one as its context.
try:
    with contextlib.ExitStack() as stack:
        stack.push(raiser(KeyError("first pushed")))
        stack.push(raiser(IndexError("second pushed")))
        raise ValueError("body")
except KeyError as e:
    print("chain:", chain(e))

# A callback that suppresses stops the chain; later ones see no exception.
def suppress_all(et, ev, tb):
    print("  suppressing", repr(ev))
    return True

def report(et, ev, tb):
    print("  report saw", repr(ev))

with contextlib.ExitStack() as stack:
    stack.push(report)
    stack.push(suppress_all)
    stack.push(raiser(TypeError("from callback")))
    raise ValueError("body")
print("suppressed")

# Inside an except block: the handled exception is not re-attached.
try:
    raise OSError("outer")
except OSError:
    try:
        with contextlib.ExitStack() as stack:
            stack.callback(raiser(ZeroDivisionError("cb")))
            raise LookupError("inner body")
    except ZeroDivisionError as e:
        print("in handler:", chain(e))

# A callback whose exception already has its own context
def nested_raise(*details):
    try:
        raise AttributeError("deep")
    except AttributeError:
        raise NameError("wrapper")

try:
    with contextlib.ExitStack() as stack:
        stack.push(nested_raise)
        raise ValueError("body")
except NameError as e:
    print("nested:", chain(e))

# Without a body exception
try:
    with contextlib.ExitStack() as stack:
        stack.callback(raiser(KeyError("a")))
        stack.callback(raiser(KeyError("b")))
except KeyError as e:
    print("no body:", chain(e))

# close() runs the callbacks without an exception
stack = contextlib.ExitStack()
stack.callback(print, "  closing callback", 1, sep="|")
stack.close()
stack.close()
print("closed twice")

# The exception that reaches the caller keeps the chain built by the stack
try:
    with contextlib.ExitStack() as stack:
        stack.callback(raiser(RuntimeError("last")))
except RuntimeError as e:
    print("context kept:", repr(e.__context__), e.__suppress_context__)

# An uncaught error from a callback ends the program
with contextlib.ExitStack() as stack:
    stack.callback(raiser(KeyError("uncaught")))
    raise ValueError("body")
