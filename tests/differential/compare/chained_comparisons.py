# Chained comparisons evaluate each operand at most once and short-circuit.
x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4, 1 < 3 < 2 < 4)
print(1 == 1 == 1, 1 == 1 != 2, 1 != 2 != 1, 3 > 2 > 1 > 0)
print(0 <= x <= 5, 0 <= x < 5, 5 >= x >= 5, x == 5 < 6)


def val(n):
    print("eval", n)
    return n


print(val(1) < val(2) < val(3))
print(val(3) < val(2) < val(1))
print(val(1) < val(2) > val(5) < val(100))
a = [1]
b = a
print(a is b is a, a is b is not None, 1 in [1, 2] in [[1, 2]])
print(1 < 2.5 < 3, -1.5 < -1 < 0 <= 0.0)
