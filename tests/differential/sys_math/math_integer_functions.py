# math.gcd, factorial, comb, perm, isqrt, prod.
import math

print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(7, 13))
print(math.gcd(2 ** 100, 6 ** 50), math.gcd(), math.gcd(12), math.gcd(12, 18, 27))
print(math.factorial(0), math.factorial(1), math.factorial(5), math.factorial(20))
print(math.factorial(50))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 5), math.perm(20, 10))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(17), math.isqrt(10 ** 40 + 1))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 11)))
print(math.prod([2, 3], start=10), math.prod([10 ** 10] * 5))
try:
    math.factorial(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.factorial(2.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.isqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.comb(-1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.gcd(1.5, 2)
except TypeError as e:
    print(type(e).__name__, e)
