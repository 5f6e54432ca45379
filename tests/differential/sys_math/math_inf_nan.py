# math.isnan, math.isinf and the inf/nan constants.
import math

vals = [0.0, 1.5, math.inf, -math.inf, math.nan, float("nan"), 1e308 * 10, 10 ** 300, -0.0, 7]
for v in vals:
    print(repr(v) if v != 10 ** 300 else "bigint", math.isnan(v), math.isinf(v))
try:
    math.isinf(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(math.inf == float("inf"), math.inf > 10 ** 400, math.nan == math.nan)
print(math.inf - math.inf, math.inf * 0, -math.inf + 1)
print(math.isnan(5), math.isinf(True))
