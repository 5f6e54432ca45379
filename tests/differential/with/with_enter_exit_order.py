# __enter__/__exit__ call order, the value bound by 'as', and exit arguments.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return "resource-" + self.name
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None,
              repr(exc), tb is not None)
        return self.suppress

with CM("a") as r:
    print("body got", r)

with CM("plain"):
    print("no as target")

try:
    with CM("b") as r:
        print("body", r)
        raise ValueError("inside")
    print("not reached")
except ValueError as e:
    print("propagated:", e)

with CM("c", suppress=True):
    raise KeyError("suppressed")
print("after suppressed block")

# 'as' target can be any assignment target
holder = {}
with CM("d") as holder["key"]:
    pass
print(holder)
with CM("e") as (first, *rest):
    print(first, rest[:3])

# __enter__ returning self is the common idiom
class Selfie:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print("Selfie exit args:", args)
s = Selfie()
with s as t:
    print(t is s)
