# Floor division and modulo with big ints of mixed signs.
a = 10 ** 30 + 7
b = 12345678901
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(-a // -b, -a % -b)
for x, y in [(a, b), (-a, b), (a, -b), (-a, -b)]:
    q, r = x // y, x % y
    print(q, r, q * y + r == x)
big = 2 ** 200
print(big // 3, big % 3, big // (2 ** 100), big % (2 ** 100 - 1))
print(-big // 7, -big % 7)
print((2 ** 100) // (2 ** 101), -(2 ** 100) // (2 ** 101))
print(big / 2 ** 199)
