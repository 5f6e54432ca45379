# contextlib.closing and contextlib.suppress.
import contextlib

class Conn:
    def __init__(self, name):
        self.name = name
        self.open = True
    def close(self):
        print("closing", self.name)
        self.open = False

with contextlib.closing(Conn("db")) as c:
    print("using", c.name, c.open)
print("after:", c.open)

try:
    with contextlib.closing(Conn("net")) as c:
        raise ValueError("fail")
except ValueError as e:
    print("error:", e, "open:", c.open)

with contextlib.suppress(KeyError):
    {}["missing"]
    print("not printed")
print("suppressed KeyError")

with contextlib.suppress(ValueError, TypeError):
    int(None)
print("suppressed TypeError via tuple")

with contextlib.suppress(LookupError):
    [][0]
print("suppressed subclass IndexError")

with contextlib.suppress():
    print("suppress() with no types")

results = []
for item in ["1", "x", "2", "y", "3"]:
    with contextlib.suppress(ValueError):
        results.append(int(item))
print(results)

# suppress also handles exception groups (3.12) by splitting them
try:
    with contextlib.suppress(ValueError):
        raise ExceptionGroup("g", [ValueError("v"), KeyError("k")])
except ExceptionGroup as eg:
    print("remaining:", [repr(e) for e in eg.exceptions])

with contextlib.suppress(ValueError):
    raise ExceptionGroup("all values", [ValueError(1), ValueError(2)])
print("entire group suppressed")

with contextlib.suppress(KeyError):
    1 / 0
