# Integer floor division rounds toward negative infinity.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (0, -5),
         (1, 3), (-1, 3), (1, -3), (-1, -3), (100, 7), (-100, 7)]
for a, b in pairs:
    print(a, "//", b, "=", a // b)
print(-1 // 1, -1 // -1, 9223372036854775807 // -1, -9223372036854775808 // -1)
print(True // 2, -True // 2, 7 // True)
