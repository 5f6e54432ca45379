# repr of containers holding floats, strings, bools, None, big ints.
print([0.1, 1.0, -0.0, 1e16, 1e-7, float("inf"), float("nan")])
print((1 / 3, 2 ** 64, -(2 ** 70), True, None))
print({"f": 2.5, "s": "str", "b": False, "n": None})
print([[1, 2], (3, 4), {"5": 6}, range(7, 8)])
print(repr([1, "a"]), str([1, "a"]), repr(("x",)), str({"k": "v"}))
print([], (), {}, [()], ([],), {(): []})
