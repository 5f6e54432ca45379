# dict subclasses: __missing__, overridden __setitem__ not used by update,
# fromkeys on subclasses, equality with plain dicts, repr.
class Counter(dict):
    def __missing__(self, key):
        return 0


c = Counter()
for w in "a b a c a b".split():
    c[w] = c[w] + 1
print(c, type(c).__name__, c.get("zz"), "zz" in c, c["zz"])


class Loud(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v * 10)


d = Loud()
d["x"] = 1
d.update(y=2)
d.setdefault("z", 3)
print(d, d == {"x": 10, "y": 2, "z": 3})
print(Loud.fromkeys("ab", 1))


class Default(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory

    def __missing__(self, key):
        v = self[key] = self.factory()
        return v


g = Default(list)
g["k"].append(1)
g["k"].append(2)
g["j"].append(3)
print(g, len(g), sorted(g.items()))
print(dict(g) == {"k": [1, 2], "j": [3]}, isinstance(g, dict), repr(Counter(a=1)))
try:
    dict.__getitem__({}, "k")
except KeyError as e:
    print("KeyError", e)
