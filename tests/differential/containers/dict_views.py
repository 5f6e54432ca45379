# keys/items/values views: live updates, set operations, comparisons, repr.
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), len(v), len(i), "a" in k, 2 in v, ("b", 2) in i, ("b", 3) in i, "b" in i, ["b", 2] in i)
d["d"] = 4
del d["a"]
print(k, v, i)
print(k & {"b", "x"}, k | {"x"}, k - {"b"}, k ^ {"b", "y"}, {"b", "z"} & k, ["c", "q"] | k)
print(i & {("b", 2)}, i | {("z", 0)}, i - {("b", 2)}, i ^ {("c", 3), ("q", 1)})
print(k & k, k - k, k == {"b", "c", "d"}, k == {"b"}, k != {"b"}, k < {"b", "c", "d", "e"}, k <= k, k > {"b"}, k >= {"x"})
print(i == {("b", 2), ("c", 3), ("d", 4)}, i <= {("b", 2), ("c", 3), ("d", 4), 1})
print(k == ["b", "c", "d"], k == d.keys(), d.keys() == {"b": 0, "c": 0, "d": 0}.keys(), v == v, v == d.values())
print(k.isdisjoint({"x"}), k.isdisjoint(["b"]), i.isdisjoint([("b", 2)]))
attempt("keys & int", lambda: k & 1)
attempt("values & set", lambda: v & {1})
attempt("values <", lambda: v < v)
attempt("keys hash", lambda: hash(k))
print(sorted(k), sorted(v), sorted(i), list(reversed(k)), list(reversed(i)))
print(type(k).__name__, type(v).__name__, type(i).__name__, type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__)
print(type(k & k).__name__, type(i | i).__name__, type(reversed(k)).__name__)
e = {}
print(e.keys(), e.values(), e.items(), e.keys() & {1}, list(e.items()))
m = d.keys().mapping if hasattr(d.keys(), "mapping") else None
print(m)
x = {1: [1, 2], 2: {3: 4}}
print(x.items(), x.values())
print(any(k), all(v), sum(v), max(k), min(i))
