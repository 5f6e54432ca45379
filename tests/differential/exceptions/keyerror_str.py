# str() of KeyError uses repr() of the key; other errors use str().
d = {"a": 1}
for key in ["missing", "", 0, (1, 2), None, 3.5, "quo'te"]:
    try:
        d[key]
    except KeyError as e:
        print("str:", str(e), "| repr:", repr(e), "| args:", e.args)

print(str(KeyError("x", "y")))
print(str(KeyError()))
print(str(IndexError("x")))
print(str(ValueError("x")))
print(str(LookupError("x")))

try:
    {}.pop("gone")
except KeyError as e:
    print("pop:", e)
try:
    set().remove("elem")
except KeyError as e:
    print("set remove:", e)
try:
    {}.popitem()
except KeyError as e:
    print("popitem:", e)

class K(KeyError):
    pass
print(str(K("sub")))
# Uncaught KeyError: last line shows repr of key
d[("t", 1)]
