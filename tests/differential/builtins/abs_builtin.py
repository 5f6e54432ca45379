# abs() on ints, floats, bools and big ints.
print(abs(5), abs(-5), abs(0), abs(-0))
print(abs(2.5), abs(-2.5), abs(-0.0), abs(0.0), abs(float("-inf")), abs(float("nan")))
print(abs(-(2 ** 100)), abs(2 ** 100), abs(-9223372036854775808))
print(abs(True), abs(False), type(abs(True)).__name__, type(abs(-1.0)).__name__)
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs([1])
except TypeError as e:
    print(type(e).__name__, e)
