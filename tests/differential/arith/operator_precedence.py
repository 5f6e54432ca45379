# Operator precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 + 4, 10 - 4 - 3, 10 - (4 - 3))
print(100 / 10 / 5, 100 / (10 / 5), 2 ** 2 ** 3, -3 ** 2)
print(17 // 5 * 3, 17 // (5 * 3), 17 % 5 * 2, 2 * 17 % 5)
print(1 + 2 << 3, 1 + (2 << 3), 8 >> 1 + 1, 1 & 3 == 1, (1 & 3) == 1)
print(not 1 == 2, not (1 == 2), 1 < 2 == True, (1 < 2) == True)
print(True or False and False, (True or False) and False)
print(1 if 2 > 3 else 4 + 5, -2 ** -1, 2 * -3 ** 2)
print(3 - -3, 3 + +3, 3 * -(-3), ~1 + 1, -~1)
