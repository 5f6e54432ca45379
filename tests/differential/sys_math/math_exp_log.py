# math.exp, log (1 and 2 args), log2, log10, pow.
import math

print(math.exp(0), math.exp(1), math.exp(-1), math.exp(2.5), math.exp(-1000))
print(math.log(1), math.log(math.e), math.log(10), math.log(0.5))
print(math.log(8, 2), math.log(100, 10), math.log(1000, 10), math.log(9, 3), math.log(2, 4))
print(math.log2(8), math.log2(1024), math.log2(3), math.log2(2 ** 100), math.log2(0.125))
print(math.log10(1000), math.log10(0.001), math.log10(2), math.log10(10 ** 50))
print(math.log(10 ** 400), math.log(2 ** 1000, 2), math.log10(10 ** 400))
print(math.pow(2, 10), math.pow(2, -1), math.pow(2, 0.5), math.pow(-8, 3), math.pow(0, 0))
print(math.pow(1, math.nan), math.pow(math.nan, 0), math.pow(2, math.inf), math.pow(0.5, math.inf))
print(type(math.pow(2, 3)).__name__, math.exp(math.log(5)))
