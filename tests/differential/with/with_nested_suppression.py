# Nested context managers: an inner manager that suppresses hides the exception from outer ones.
log = []

class CM:
    def __init__(self, name, suppress=()):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        log.append("enter " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        log.append("exit %s saw %s" % (self.name, et.__name__ if et else None))
        return et is not None and issubclass(et, self.suppress)

with CM("outer"):
    with CM("middle", suppress=KeyError):
        with CM("inner"):
            raise KeyError("x")
        log.append("unreachable after inner")
    log.append("after middle")
print(log)

log.clear()
try:
    with CM("outer", suppress=ValueError):
        with CM("inner", suppress=KeyError):
            raise TypeError("t")
except TypeError:
    log.append("TypeError escaped both")
print(log)

# A manager's __exit__ raising inside an outer manager that suppresses that new type
class RaisesOnExit(CM):
    def __exit__(self, et, ev, tb):
        super().__exit__(et, ev, tb)
        raise IndexError("raised by exit of " + self.name)

log.clear()
with CM("guard", suppress=IndexError):
    with RaisesOnExit("bad"):
        raise KeyError("original")
print(log)

# Same behaviour in a single with statement with multiple items
log.clear()
with CM("a", suppress=IndexError), RaisesOnExit("b"), CM("c"):
    log.append("body")
print(log)
