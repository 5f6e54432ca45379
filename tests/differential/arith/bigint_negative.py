# Negative big integers.
n = -(2 ** 80)
print(n, n - 1, n * 3, n * n, -n)
print(n * -1 == 2 ** 80)
m = -123456789012345678901234567890
print(m + 123456789012345678901234567890)
print(m * -m)
print(m ** 2, m ** 3)
print(abs(m), -abs(m) == m)
print(-(10 ** 30) + 1, -(10 ** 30) - 1)
print(-1 * 2 ** 64 + 2 ** 64)
