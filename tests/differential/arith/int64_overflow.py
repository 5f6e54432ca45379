# Values that overflow 64-bit machine integers become big ints transparently.
m = 9223372036854775807
print(m + 1, m * 2, m * m, -m - 1, -m - 2)
n = -9223372036854775808
print(n - 1, n * -1, -n, abs(n), n // -1, n * n)
print(m + m + 2, (m + 1) - 1 == m)
u = 18446744073709551615
print(u + 1, u * u, u - u)
x = 1
i = 0
while i < 70:
    x *= 2
    i += 1
print(x, x - 1)
print(4611686018427387904 * 2, 4611686018427387904 + 4611686018427387904)
print(3037000500 * 3037000500, 3037000499 * 3037000499)
print(-(m + 1) == n, (m + 1) // 2, (m + 1) % 10)
acc = 1
for k in range(25):
    acc = acc * 31 + k
print(acc)
