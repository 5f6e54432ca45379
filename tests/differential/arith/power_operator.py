# ** with ints, floats, negative and zero exponents.
print(2 ** 10, 2 ** 0, 0 ** 0, 0 ** 5, (-2) ** 3, (-2) ** 4, -2 ** 2)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -1, (-2) ** -2)
print(type(2 ** -1), type(2 ** 3), type(2.0 ** 3))
print(2.0 ** 0.5, 9 ** 0.5, 8 ** (1 / 3), 2 ** 0.0)
print(1.5 ** 2, (-1.5) ** 3, 0.0 ** 0, 1 ** 1000000)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(10 ** 20, 10.0 ** 20, 10 ** 22, 10.0 ** 22, 10.0 ** 23)
print(2 ** 100 % 1000007, (-3) ** 3 % 7, 3 ** -2, (-3) ** -3)
print((-1) ** 1001, (-1.0) ** 1000, 1.0 ** float("inf"))
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
