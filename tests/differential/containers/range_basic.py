# range objects: len, indexing, negative step, repr, membership, equality.
r = range(10)
print(r, len(r), r[0], r[-1], r[5])
r2 = range(2, 20, 3)
print(r2, len(r2), list(r2), r2[2], r2[-1])
r3 = range(10, 0, -2)
print(r3, len(r3), list(r3), r3[-1])
r4 = range(5, 5)
print(r4, len(r4), list(r4), list(range(5, 0)), list(range(0, 5, -1)))
print(range(0, 10, 1), range(3), range(-5, 5), range(1, 2, 3))
print(len(range(0, 10, 3)), len(range(0, -10, -3)), len(range(-3, 3)))
print(range(10 ** 20)[-1], range(0, 10 ** 20, 7)[10 ** 18])
print(7 in range(0, 10, 7), 8 in range(0, 10, 7), -4 in range(0, -10, -2))
print(range(0, 3) == range(3), range(0) == range(5, 5), range(1, 10, 2) == range(1, 11, 2))
try:
    print(r[10])
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
