# type() of values and the printed form of types.
print(type(1), type(1.0), type("s"), type(True), type(None))
print(type([]), type(()), type({}), type(range(1)), type(2 ** 100))
print(type(type(1)), type(print), type(len))


def f():
    return 1


print(type(f).__name__, type(1).__name__, type(None).__name__, type(type).__name__)
print(type(1) == int, type(True) == int, type(True) == bool, type(1.0) != float)
print(int, float, str, bool, list, tuple, dict, range, type)
print(repr(int), str(float), [int, str], (bool,))
print(type(1 + 1.0), type(7 // 2), type(7 / 7), type(-True), type("a" * 2))
print(type({}.keys()), type({}.values()), type({}.items()))
