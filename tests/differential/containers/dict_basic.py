# Dict creation, access, insertion order, overwriting keeps position.
d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d))
d["one"] = 100
print(d)
print(d["two"], "two" in d, "four" in d, 1 in d)
d2 = dict()
d2[3] = "c"
d2[1] = "a"
d2[2] = "b"
print(d2, list(d2))
del d["one"]
d["one"] = 1
print(d)
mixed = {1: "int", "1": "str", (1, 2): "tuple", None: "none", 2.5: "float"}
print(mixed, mixed[(1, 2)], mixed[None])
print({}, {"a": {}}, {"n": [1, {"m": ()}]})
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}))
e = {"a": 1, "b": 2}
print(e == {"b": 2, "a": 1}, list(e) == list({"b": 2, "a": 1}))
