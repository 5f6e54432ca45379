# __getattribute__ intercepts every attribute access.
class Logged:
    def __init__(self):
        self.x = 1
        self.y = 2

    def __getattribute__(self, name):
        if not name.startswith("_"):
            print("  access", name)
        if name == "forbidden":
            raise AttributeError("forbidden is off limits")
        if name == "computed":
            return "computed-" + str(object.__getattribute__(self, "x"))
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        print("  fallback __getattr__", name)
        return "fallback:" + name

    def method(self):
        return self.x + self.y


o = Logged()
print(o.x)
print(o.computed)
print(o.method())
print(o.forbidden)  # AttributeError -> __getattr__
print(o.unknown)
print(type(o).__name__)  # type() does not go through __getattribute__


# super().__getattribute__ for access counting
class Counting:
    def __init__(self):
        object.__setattr__(self, "counts", {})
        self.a = 10

    def __getattribute__(self, name):
        counts = super().__getattribute__("counts")
        counts[name] = counts.get(name, 0) + 1
        return super().__getattribute__(name)


c = Counting()
c.a; c.a; c.counts
try:
    c.b
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(object.__getattribute__(c, "counts").items()))

# implicit special method lookup bypasses __getattribute__
class Special:
    def __getattribute__(self, name):
        print("  getattribute", name)
        return object.__getattribute__(self, name)

    def __len__(self):
        return 3


s = Special()
print(len(s))
print(s.__len__())
