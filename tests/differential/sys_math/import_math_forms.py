# Different ways of importing from the math and sys modules.
import math
import math as m
from math import sqrt, pi as PI
from math import floor, ceil, e, inf
import sys as system

print(m is math, sqrt is math.sqrt, PI == math.pi)
print(floor(2.5), ceil(2.5), e == math.e, inf > 0)
print(system.maxsize == 2 ** 63 - 1)
print(math.__name__, m.__name__, system.__name__)
print(type(math).__name__)
