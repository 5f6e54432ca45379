# Arbitrary precision integers.
print(2 ** 100)
print(2 ** 64, 2 ** 63, 2 ** 64 - 1)
f = 1
i = 1
while i <= 50:
    f *= i
    i += 1
print("50! =", f)
print(3 ** 200)
print(10 ** 50 + 1, 10 ** 50 - 1)
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, b - a, a - b)
print(a * b)
print(a * a * a)
print(2 ** 1000 % 1000007, len(str(2 ** 1000)))
print(type(2 ** 100), 2 ** 100 == 2 ** 100, 2 ** 100 > 2 ** 99)
print(-(2 ** 100), abs(-(2 ** 100)))
print(str(7 ** 77))
