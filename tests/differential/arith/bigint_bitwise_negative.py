# Bitwise operators on negative and big ints use infinite two's complement.
a = 2 ** 70 + 12345
b = -(2 ** 65) - 1
print(a & b, a | b, a ^ b)
print(~a, ~b, ~0, ~-1, ~(2 ** 64))
print(-1 & 0xFF, -256 & 0xFF, -1 & (2 ** 100), -(2 ** 100) & (2 ** 101 - 1))
print(-5 | 2, -5 ^ 2, -5 & 2, -5 & -3, -5 | -3, -5 ^ -3)
print((2 ** 64 - 1) & -(2 ** 32), (2 ** 64) | -1, (2 ** 64) ^ -1)
print(0xFFFFFFFFFFFFFFFF ^ 0xF0F0F0F0F0F0F0F0F0, -(2 ** 100) | 1)
x = -123456789123456789123456789
print(x & 0xFFFFFFFF, x | 0xFFFF, x ^ x, x ^ -1)
