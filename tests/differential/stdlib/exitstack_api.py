# contextlib.ExitStack: enter_context, push (callables and context
# managers), callback, pop_all and what each returns.
import contextlib

class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("  enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("  exit", self.name, et.__name__ if et else None)
        return self.suppress

with contextlib.ExitStack() as stack:
    print(stack.enter_context(CM("a")), stack.enter_context(CM("b")))
    print("body")

# push() of a context manager registers its __exit__ without entering it
cm = CM("pushed", suppress=True)
with contextlib.ExitStack() as stack:
    print("push returns its argument:", stack.push(cm) is cm)
    raise ValueError("suppressed by pushed CM")
print("after push")

# __exit__ is looked up on the type, as the with statement does
class InstanceExit:
    pass
obj = InstanceExit()
obj.__exit__ = lambda *a: print("  instance __exit__ ignored")
def call_obj(*a):
    print("  called as a callback with", len(a), "args")
InstanceExit.__call__ = lambda self, *a: call_obj(*a)
with contextlib.ExitStack() as stack:
    stack.push(obj)

# callback() returns the callback and records it as __wrapped__
def cb(*args, **kwargs):
    print("  cb", args, sorted(kwargs.items()))
with contextlib.ExitStack() as stack:
    print("callback returns it:", stack.callback(cb, 1, 2, key="v") is cb)
    stack.callback(cb, callback="named", self="s")
    wrapper = stack._exit_callbacks[-1][1]
    print("wrapped:", wrapper.__wrapped__ is cb)

# enter_context on objects that are not context managers
class OnlyEnter:
    def __enter__(self):
        return self
for bad in [3, "text", OnlyEnter()]:
    try:
        contextlib.ExitStack().enter_context(bad)
    except TypeError as e:
        print("TypeError:", e)

# pop_all moves the callbacks to a new stack of the same type
class MyStack(contextlib.ExitStack):
    pass
with MyStack() as stack:
    stack.enter_context(CM("moved"))
    moved = stack.pop_all()
print("outer stack exited; moved is", type(moved).__name__)
with moved:
    print("entering moved")

# LIFO order across kinds of registration
order = []
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(order.append, i)
        stack.push(lambda et, ev, tb, i=i: order.append(-i))
print(order)

# An __enter__ that fails leaves nothing registered
class BadEnter:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("  not called")
with contextlib.ExitStack() as stack:
    try:
        stack.enter_context(BadEnter())
    except OSError as e:
        print("enter failed:", e, len(stack._exit_callbacks))

# The stack suppresses only when an exception was received
with contextlib.ExitStack() as stack:
    stack.push(lambda *a: True)
print("exit result without exception:", contextlib.ExitStack().__exit__(None, None, None))
s = contextlib.ExitStack()
s.push(lambda *a: True)
print("exit result with exception:", s.__exit__(ValueError, ValueError("x"), None))

# The __exit__ found on the type always receives the manager first, even
# when it is a staticmethod
class StaticExit:
    def __enter__(self):
        return "static"
    @staticmethod
    def __exit__(*args):
        print("  static __exit__ got", type(args[0]).__name__, len(args), "args")
with contextlib.ExitStack() as stack:
    print(stack.enter_context(StaticExit()))
