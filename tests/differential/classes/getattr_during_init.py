# __getattr__/__setattr__ interplay during __init__ and infinite recursion guards.
class Lazy:
    def __init__(self, loader):
        self._loader = loader
        self._cache = {}

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)  # avoid recursion for private names
        if name not in self._cache:
            print("  loading", name)
            self._cache[name] = self._loader(name)
        return self._cache[name]


l = Lazy(lambda n: n * 2)
print(l.ab, l.ab, l.cd)

# an object created without __init__ (via __new__) has no _cache yet
raw = Lazy.__new__(Lazy)
try:
    raw.something
except AttributeError as e:
    print(type(e).__name__, e)


class Delegator:
    def __init__(self, target):
        self.target = target  # goes through __setattr__

    def __setattr__(self, name, value):
        print("  __setattr__", name)
        if name == "target":
            object.__setattr__(self, name, value)
        else:
            setattr(self.target, name, value)

    def __getattr__(self, name):
        print("  __getattr__", name)
        return getattr(self.target, name)


class Target:
    pass


t = Target()
d = Delegator(t)
d.color = "blue"
print(t.color, d.color, "color" in vars(d), sorted(vars(d)))


class Recursive:
    def __getattr__(self, name):
        return self.other  # other also missing -> recursion


try:
    Recursive().x
except RecursionError as e:
    print(type(e).__name__, str(e)[:40])
