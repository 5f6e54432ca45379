# __missing__ on dict subclasses.
class Defaulting(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory

    def __missing__(self, key):
        print("  __missing__", repr(key))
        value = self.factory()
        self[key] = value
        return value


d = Defaulting(list, a=[1])
d["a"].append(2)
d["b"].append(3)
d["b"].append(4)
print(sorted(d.items()))
print(d.get("zzz"), "zzz" in d)  # get() and in don't call __missing__
print(len(d))


class Counter(dict):
    def __missing__(self, key):
        return 0


c = Counter()
for ch in "hello world":
    c[ch] += 1
print(sorted(c.items()))
print(c["q"], "q" in c)


class Raising(dict):
    def __missing__(self, key):
        raise LookupError("no key " + str(key))


try:
    Raising()["x"]
except LookupError as e:
    print(type(e).__name__, e)

# __missing__ on a non-dict class is just a method
class NotDict:
    def __missing__(self, key):
        return "never"
    def __getitem__(self, key):
        raise KeyError(key)
try:
    NotDict()["k"]
except KeyError as e:
    print(type(e).__name__, e)

# __missing__ set on the instance is ignored
class Plain(dict):
    pass
p = Plain()
p.__missing__ = lambda k: "inst"
try:
    p["x"]
except KeyError as e:
    print(type(e).__name__, e)
print(type(Defaulting(int)).__name__, isinstance(d, dict))
