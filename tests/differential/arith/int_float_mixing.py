# Mixed int/float arithmetic promotes to float.
a = 3
b = 0.5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(type(a + b), type(a * 1.0), type(a + 0))
print(1 + 2.0, 2 * 3.0, 10 - 0.5, 7 // 2.0, 7 % 2.5)
print(2 ** 53 + 1.0, float(2 ** 53 + 1), 2 ** 53 + 1)
print(10 ** 16 + 1.0, 0.1 * 3, 3 * 0.1)
print(True + 0.5, False * 2.5, True + True, True * 10)
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308 - 1e308)
print(0.1 + 0.2 == 0.3, 0.5 + 0.25 == 0.75)
print(100 * 1.1, 3 * 1.1, 1.1 + 2.2)
print(int(2.5 * 2), 7 / 7 * 7)
