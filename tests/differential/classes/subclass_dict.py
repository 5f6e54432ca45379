# Subclassing dict: which methods honour overridden __setitem__/__getitem__.
class LowerDict(dict):
    def __setitem__(self, key, value):
        print("  __setitem__", key)
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())


d = LowerDict()
d["Apple"] = 1
d["BANANA"] = 2
print(sorted(d.items()), d["APPLE"])
d.update({"Cherry": 3})  # update bypasses __setitem__
print(sorted(d))
d2 = LowerDict(Mango=4)  # constructor bypasses __setitem__
print(sorted(d2))
print(d.get("APPLE"), d.get("apple"))  # get bypasses __getitem__
d.setdefault("Date", 5)  # bypasses too
print(sorted(d), "APPLE" in d)


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value


a = AttrDict(x=1)
a.y = 2
print(a.x, a.y, sorted(a.items()), a)
try:
    a.z
except AttributeError as e:
    print(type(e).__name__, e)
print(vars(a) if hasattr(a, "__dict__") else "no dict", type(a | {"w": 0}).__name__)


class Reprd(dict):
    def __repr__(self):
        return "Reprd(" + dict.__repr__(self) + ")"


r = Reprd(a=1)
print(r, [r], str(r))
print(type(r.copy()).__name__, type(Reprd.fromkeys("ab", 0)).__name__, Reprd.fromkeys("ab"))
print(r == {"a": 1}, dict(r), type(dict(r)).__name__)
