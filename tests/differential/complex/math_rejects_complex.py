# Real-number APIs reject complex numbers with CPython's messages.
import math

z = 1 + 2j
for name in ["sqrt", "floor", "ceil", "exp", "log", "fabs", "isnan", "trunc", "sin"]:
    try:
        print(getattr(math, name)(z))
    except TypeError as e:
        print(name, type(e).__name__, e)
for f in [int, float, round]:
    try:
        print(f(z))
    except TypeError as e:
        print(f.__name__, type(e).__name__, e)
for fmt in ["%d", "%f", "%x", "%e"]:
    try:
        print(fmt % z)
    except TypeError as e:
        print(fmt, type(e).__name__, e)
for f in [hex, chr, range, len]:
    try:
        print(f(z))
    except TypeError as e:
        print(f.__name__, type(e).__name__, e)
items = [1, 2]
try:
    items[z]
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.pow(2, 1j)
except TypeError as e:
    print(type(e).__name__, e)
print(math.isclose(abs(3 + 4j), 5.0), math.hypot((3 + 4j).real, (3 + 4j).imag))
