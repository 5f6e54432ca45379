# KeyError messages use the repr of the key.
d = {"a": 1, 2: "b"}
keys = ["missing", 3, (1, 2), 2.5, None, "it's", "", True]
for k in keys:
    try:
        print(d[k])
    except KeyError as e:
        print("KeyError", e, repr(e), e.args)
try:
    d[[1]] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(d[{}])
except TypeError as e:
    print(type(e).__name__, e)
print(d["nope"])
