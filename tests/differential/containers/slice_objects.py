# slice objects: attributes, indices(), repr, equality, hashing and use.
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None), slice("a", [1], None))
print(s.indices(20), s.indices(5), s.indices(0), slice(None, None, -1).indices(10), slice(-100, 100).indices(10))
print(slice(-3, None).indices(10), slice(None, -3, -2).indices(10), slice(10 ** 20, -10 ** 20, -1).indices(7))
attempt("indices negative", lambda: s.indices(-1))
attempt("indices str", lambda: s.indices("a"))
attempt("indices step 0", lambda: slice(1, 2, 0).indices(5))
attempt("indices bad start", lambda: slice("a").indices(5))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) != slice(1, 3), slice(1, 2) < slice(1, 3), slice(1) <= slice(1))
attempt("slice hash", lambda: hash(slice(1, 2, 3)))
attempt("slice hash list", lambda: hash(slice([1])))
print(hash(slice(1, 2, 3)) == hash(slice(1, 2, 3)), {slice(1, 2, 3): 1}[slice(1, 2, 3)])
attempt("slice no args", lambda: slice())
attempt("slice 4 args", lambda: slice(1, 2, 3, 4))
attempt("slice kw", lambda: slice(stop=1))
data = list(range(10))
print(data[s], data[slice(None, None, -3)], "abcdefgh"[slice(1, -1, 2)], (1, 2, 3)[slice(None, 2)])
attempt("zero step use", lambda: data[::0])
attempt("float slice", lambda: data[1.5:])
attempt("str slice", lambda: data["a":])


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(data[Idx(2):Idx(8):Idx(3)], slice(Idx(1), Idx(5)).indices(10) if False else "skip")
print(data[10 ** 30:], data[-10 ** 30:2], data[::10 ** 30], data[::-10 ** 30])
print(repr(slice(1, 2, 3)), str(slice(None, None, None)), type(s).__name__)
