# str() of values of every in-scope type.
print(str(0), str(-12), str(2 ** 80), str(3.0), str(1e-10), str(True), str(None))
print(str([1, "a", 2.5]), str((1,)), str({"a": [1]}), str(range(3)))
print(str("already"), str(""), repr(str(5)), len(str(10 ** 100)))
print(str(-0.0), str(float("inf")), str(1 / 7))
s = str(123) + str(456)
print(s, len(s), s[::-1])
print(repr(str(["x"])), str(("a", "b")))
print(str(str), str(int), str(type(None)))
