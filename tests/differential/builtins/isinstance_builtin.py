# isinstance() with built-in types and tuples of types.
values = [1, -2 ** 70, 1.5, True, "s", [1], (1,), {"a": 1}, None, range(3)]
types = [int, float, bool, str, list, tuple, dict, type(None), range]
for v in values:
    row = []
    for t in types:
        if isinstance(v, t):
            row.append(t.__name__)
    print(repr(v), row)
print(isinstance(1, (str, int)), isinstance(1.0, (str, int)), isinstance("x", (list, (tuple, str))))
print(isinstance(True, int), isinstance(False, (float,)), isinstance(1, ()), isinstance(None, object))
print(isinstance(int, type), isinstance(5, object), isinstance(print, object))
try:
    isinstance(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, "int")
except TypeError as e:
    print(type(e).__name__, e)
