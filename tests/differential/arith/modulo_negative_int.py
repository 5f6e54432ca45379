# Integer modulo takes the sign of the divisor; a == (a//b)*b + a%b.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (6, 3), (-6, 3), (0, 4), (3, 7),
         (-3, 7), (3, -7), (-3, -7), (123456, -1000)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(a, "%", b, "=", r, "check", q * b + r == a)
print(-9223372036854775808 % -1, -9223372036854775808 % 7)
