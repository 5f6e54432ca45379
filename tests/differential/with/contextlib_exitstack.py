# contextlib.ExitStack: dynamic number of managers, callbacks, pop_all, LIFO order.
import contextlib

class CM:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append("enter " + self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        self.log.append("exit " + self.name)
        return False

log = []
with contextlib.ExitStack() as stack:
    names = [stack.enter_context(CM(n, log)) for n in "abc"]
    stack.callback(log.append, "callback 1")
    stack.callback(lambda: log.append("callback 2"))
    log.append("body " + "".join(names))
print(log)

# Exception during setup unwinds only what was entered
log = []
def open_all(names):
    with contextlib.ExitStack() as stack:
        for n in names:
            if n == "bad":
                raise OSError("cannot open " + n)
            stack.enter_context(CM(n, log))
        return stack.pop_all()
try:
    open_all(["x", "bad", "y"])
except OSError as e:
    log.append("error: " + str(e))
print(log)

# pop_all transfers ownership; closing later
log = []
kept = open_all(["p", "q"])
log.append("returned from open_all")
kept.close()
print(log)

# push an exit function that suppresses
log = []
def suppressor(et, ev, tb):
    log.append("suppressor saw " + (et.__name__ if et else "None"))
    return True
with contextlib.ExitStack() as stack:
    stack.push(suppressor)
    stack.enter_context(CM("inner", log))
    raise ValueError("suppressed by pushed exit")
log.append("after")
print(log)

# Exceptions raised in callbacks chain
try:
    with contextlib.ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        raise KeyError("body")
except ZeroDivisionError as e:
    print("final:", type(e).__name__, "context:", repr(e.__context__))
