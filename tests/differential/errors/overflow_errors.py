# OverflowError from int->float conversion and float math.
import math
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10 ** 400 * 1.0)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10 ** 400 / 7)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print(type(e).__name__, "from float **")
try:
    print(math.exp(1000))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(int(float("inf")))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(math.pow(10.0, 400))
except OverflowError as e:
    print(type(e).__name__, e)
print(1e308 * 10, 2 ** 10000 > 0, 10 ** 400 // 7 > 0)
print(isinstance(OverflowError(), ArithmeticError))
print(math.exp(710))
