# for over every built-in iterable in scope.
for c in "héy":
    print("char", c)
for item in [1, "two", 3.0, None]:
    print("item", item)
for t in (10, 20):
    print("tuple", t)
d = {"b": 2, "a": 1, "c": 3}
for k in d:
    print("key", k, d[k])
for k, v in d.items():
    print("pair", k, v)
for v in d.values():
    print("value", v)
for i in range(10, 0, -3):
    print("range", i)
for i in range(0):
    print("never")
for i in range(-2, 2):
    print("neg range", i)
print("loop var survives:", i)
