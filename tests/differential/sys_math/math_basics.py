# math: sqrt, floor, ceil, trunc, fabs and constants.
import math

print(math.pi, math.e, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25), math.sqrt(0), math.sqrt(-0.0), math.sqrt(10 ** 20))
print(math.floor(2.7), math.floor(-2.7), math.floor(5), math.floor(-0.5), type(math.floor(1.5)).__name__)
print(math.ceil(2.1), math.ceil(-2.1), math.ceil(5), math.ceil(-0.5), type(math.ceil(1.5)).__name__)
print(math.trunc(2.7), math.trunc(-2.7), math.trunc(0.0), type(math.trunc(1.9)).__name__)
print(math.fabs(-3), math.fabs(2.5), math.fabs(-0.0), type(math.fabs(-3)).__name__)
print(math.floor(1e20), math.ceil(-1e20), math.floor(2 ** 100), math.floor(True))
print(math.sqrt(2) ** 2, math.sqrt(2) ** 2 == 2)
try:
    math.floor(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.ceil(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.sqrt("4")
except TypeError as e:
    print(type(e).__name__, e)
