# A full custom sequence: negative indices, slices, len, iteration, count/index, equality.
class Seq:
    def __init__(self, *items):
        self._items = list(items)

    def __len__(self):
        return len(self._items)

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            return Seq(*[self._items[i] for i in range(start, stop, step)])
        if not isinstance(index, int):
            raise TypeError(f"Seq indices must be integers or slices, not {type(index).__name__}")
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("Seq index out of range")
        return self._items[index]

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            self._items[index] = list(value)
        else:
            self._items[index] = value

    def __delitem__(self, index):
        del self._items[index]

    def __eq__(self, other):
        return isinstance(other, Seq) and self._items == other._items

    def __repr__(self):
        return "Seq" + repr(tuple(self._items))

    def count(self, v):
        return sum(1 for x in self if x == v)

    def index(self, v):
        for i, x in enumerate(self):
            if x == v:
                return i
        raise ValueError(f"{v!r} is not in Seq")


s = Seq(10, 20, 30, 40, 50)
print(s[0], s[-1], s[1:3], s[::-1], s[::2], s[-2:], s[10:], len(s))
print(list(s), 30 in s, 35 in s, s.count(20), s.index(40), list(reversed(s)))
s[1:3] = ["a", "b", "c"]
print(s, len(s))
del s[0]
s[-1] = "end"
print(s, s == Seq("a", "b", "c", 40, "end"), s[1:2] == Seq("b"))
print(sorted(Seq(3, 1, 2)), max(Seq(3, 9, 2)), sum(Seq(1, 2, 3)))
for bad in (lambda: s[100], lambda: s["x"], lambda: s.index("zz"), lambda: s[1.0]):
    try:
        bad()
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
