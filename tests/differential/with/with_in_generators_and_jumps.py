class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.swallow

def gen():
    with CM("g"):
        yield 1
        yield 2

g = gen()
print(next(g))
g.close()
print("closed")

def ret():
    with CM("r") as c:
        return c.name + "!"
print(ret())

def loop():
    for i in range(3):
        with CM(i, swallow=True):
            if i == 0:
                continue
            if i == 1:
                raise ValueError("one")
            break
    return "done"
print(loop())

class BadExit:
    def __enter__(self): return 1
    def __exit__(self, *a): raise KeyError("from exit")
try:
    with BadExit():
        raise ValueError("body")
except KeyError as e:
    print("caught", repr(e), "context", repr(e.__context__))

with CM("a") as (x):
    pass
try:
    with CM("unpack") as (p, q):
        print("unreachable")
except TypeError as e:
    print("TypeError", e)
def nested():
    with CM("o"), CM("i", swallow=True):
        1/0
    print("after nested")
nested()
