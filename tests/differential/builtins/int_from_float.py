# int() truncates floats toward zero and converts huge floats exactly.
for f in [0.0, -0.0, 0.9, -0.9, 1.5, -1.5, 2.5, -2.5, 3.99999, -3.99999, 1e10, 123456.789]:
    print(f, int(f))
print(int(1e20), int(-1e20), int(2.0 ** 70), int(1.7976931348623157e308) > 10 ** 307)
print(int(1e16 + 1), int(0.1 + 0.2), int(True), int(False), int(7))
print(type(int(2.9)).__name__)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("-inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(1.5, 10)
except TypeError as e:
    print(type(e).__name__, e)
