# len() of every sized in-scope type, and of unsized values.
print(len(""), len("abc"), len("日本語"), len([]), len([1, [2, 3]]), len(()), len((1,)))
print(len({}), len({"a": 1, "b": 2}), len(range(5)), len(range(10, 0, -3)), len(range(0)))
d = {"x": 1}
print(len(d.keys()), len(d.values()), len(d.items()))
print(type(len("x")).__name__)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(2.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
