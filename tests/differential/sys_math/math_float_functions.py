# math.copysign, fmod, isclose, fsum, trunc and friends.
import math

print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(0.0, -1), math.copysign(1, -math.inf))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-7.5, 2), math.fmod(5.5, 1.5))
print(-7 % 3, math.fmod(-7, 3), -7.5 % 2, math.fmod(-7.5, 2))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.1 + 0.2, 0.3))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.02))
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum([1, 2, 3]))
print(math.fsum([0.1, 0.2, 0.3]), math.fsum(range(5)), type(math.fsum([1])).__name__)
print(math.trunc(-0.5), math.trunc(1e20), math.trunc(7))
try:
    math.fmod(1, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.isclose(1, 1, rel_tol=-1)
except ValueError as e:
    print(type(e).__name__, e)
