# Less common dict methods: setdefault, popitem, copy, clear.
d = {"a": 1, "c": 3}
print(d.setdefault("a", 0), d.setdefault("g", 7), d.setdefault("n"), d)
d["h"] = 8
print(d.popitem(), d)
c = d.copy()
c["new"] = 1
print(len(d), len(c), c is d)
d.clear()
print(d, c)
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e)
