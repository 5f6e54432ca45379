# Every dict method with edge cases and CPython's error messages.
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get(1, [1]))
attempt("get noargs", lambda: d.get())
attempt("get 3 args", lambda: d.get(1, 2, 3))
attempt("get unhashable", lambda: d.get([]))
print(d.setdefault("c", 3), d.setdefault("a", 100), d.setdefault("n"), d)
attempt("setdefault unhashable", lambda: d.setdefault({}, 1))
print(d.pop("n"), d.pop("zz", "dflt"), d)
attempt("pop missing", lambda: d.pop("zz"))
attempt("pop missing tuple", lambda: d.pop((1, 2)))
attempt("pop noargs", lambda: d.pop())
d2 = {}
for i in range(5):
    d2[i] = i * i
print(d2.popitem(), d2.popitem(), d2)
d2[10] = 1
print(d2.popitem(), d2)
attempt("popitem empty", lambda: {}.popitem())
c = d.copy()
c["new"] = 0
print(d, c, type(c).__name__)
d.update({"x": 1}, y=2)
d.update([("p", 1), ("q", 2)])
d.update(z=26)
d.update()
print(d)
attempt("update bad seq", lambda: d.update([1, 2]))
attempt("update bad pair", lambda: d.update([(1, 2, 3)]))
attempt("update str pair", lambda: d.update(["ab", "c"]))
attempt("update int", lambda: d.update(5))
attempt("update 2 args", lambda: d.update({}, {}))


class KeysOnly:
    def keys(self):
        return ["k1", "k2"]

    def __getitem__(self, k):
        return k.upper()


d.update(KeysOnly())
print(d["k1"], d["k2"])
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []), dict.fromkeys(()))
attempt("fromkeys noargs", lambda: dict.fromkeys())
attempt("fromkeys int", lambda: dict.fromkeys(5))


class D(dict):
    pass


fd = D.fromkeys("xy", 1)
print(type(fd).__name__, fd)
print(list(d.keys())[:3], list(d.values())[:3], list(d.items())[:3])
d.clear()
print(d, len(d))
print(dict(), dict(a=1), dict([(1, 2)]), dict({1: 2}, b=3), dict(zip("ab", range(2))), dict(((1, 2), (3, 4))))
attempt("dict 2 args", lambda: dict({}, {}))
attempt("dict int", lambda: dict(3))
attempt("dict bad elem", lambda: dict([1]))
attempt("dict short elem", lambda: dict([(1,)]))
print({1: "a", True: "b", 1.0: "c"}, {0: 1, False: 2, 0.0: 3})
print(dict.get({1: 2}, 1), dict.__getitem__({1: 2}, 1), dict.__contains__({1: 2}, 1), dict.__len__({}))
r = {3: "c", 1: "a", 2: "b"}
print(list(reversed(r)), list(reversed(r.keys())), list(reversed(r.values())), list(reversed(r.items())))
del r[1]
r[1] = "again"
print(r, list(r), 1 in r, 5 in r, "x" not in r)
attempt("unhashable key", lambda: {[]: 1})
attempt("unhashable in", lambda: [] in {})
attempt("getitem missing", lambda: r["missing"])
attempt("getitem unhashable", lambda: r[[1]])


def delmissing():
    del r[99]


attempt("del missing", delmissing)
print({} == {}, {1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} != {2: 1}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == [(1, 2)])
attempt("dict <", lambda: {} < {})
attempt("hash", lambda: hash({}))
