# dict get, keys, values, items, update, pop.
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("b", 99))
print(d.keys(), d.values(), d.items())
print(list(d.keys()), list(d.values()), list(d.items()))
print(len(d.keys()), "a" in d.keys(), 2 in d.values(), ("c", 3) in d.items())
d.update({"d": 4, "a": 10})
print(d)
d.update(e=5)
d.update([("f", 6)])
print(d)
print(d.pop("b"), d)
print(d.pop("zz", "default"), d)
k = d.keys()
v = d.values()
d["h"] = 8
print(k, v)
print(d.pop("h"), k)
try:
    d.pop("missing")
except KeyError as e:
    print(type(e).__name__, e)
