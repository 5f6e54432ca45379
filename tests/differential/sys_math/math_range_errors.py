# math range errors raise OverflowError: math range error.
import math

for x in (700, 709, 710, 1000):
    try:
        print(x, math.exp(x))
    except OverflowError as e:
        print(x, type(e).__name__, e)
for b, p in ((10.0, 308), (10.0, 309), (2.0, 1023), (2.0, 1024)):
    try:
        print(b, p, math.pow(b, p))
    except OverflowError as e:
        print(b, p, type(e).__name__, e)
try:
    print(math.pow(-10.0, 401))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(math.hypot(1e308, 1e308))
except OverflowError as e:
    print(type(e).__name__, e)
print(math.exp(-1000), math.pow(10.0, -400))
print(math.factorial(25) * 1.0)
math.pow(10, 1000)
