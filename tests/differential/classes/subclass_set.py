# Subclassing set and frozenset.
class TagSet(set):
    def add(self, item):
        super().add(item.lower())

    def __repr__(self):
        return "TagSet(%s)" % sorted(self)


t = TagSet()
t.add("Python")
t.add("PYTHON")
t.add("Rust")
print(t, len(t), "python" in t)
u = t | {"go"}
print(type(u).__name__, sorted(u))
t.update(["Java"])  # bypasses add
print(t)
print(type(t.copy()).__name__, type(t - {"rust"}).__name__, sorted(t & {"rust", "x"}))
t |= {"zig"}
print(type(t).__name__, t)


class Frozen(frozenset):
    def __new__(cls, *items):
        return super().__new__(cls, items)

    def __repr__(self):
        return "Frozen" + repr(tuple(sorted(self)))


f = Frozen(3, 1, 2, 1)
print(f, len(f), hash(f) == hash(frozenset({1, 2, 3})), f == {1, 2, 3})
print({f: "ok"}[frozenset([1, 2, 3])])
print(type(f | {9}).__name__, sorted(f | {9}))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)


class Counted(set):
    count = 0

    def __init__(self, *args):
        Counted.count += 1
        super().__init__(*args)


c = Counted([1, 2])
c2 = c.union([3])
print(Counted.count, type(c2).__name__, sorted(c2), isinstance(c, set))
print(set.__repr__(Counted([5])))
