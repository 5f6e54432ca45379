# sum() with and without start, on ints, floats, bools, big ints.
print(sum([]), sum([1, 2, 3]), sum((1.5, 2.5)), sum(range(101)), sum([True, True, False]))
print(sum([1, 2], 10), sum([], 5), sum([0.1] * 10), sum([1, 2.5]), sum(range(5), start=100))
print(sum([2 ** 64, 2 ** 64, -1]), sum([-(2 ** 100), 2 ** 100]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]), sum([float("inf"), 1]))
print(type(sum([1, 2])).__name__, type(sum([1, 2.0])).__name__, type(sum([])).__name__)
try:
    sum(["a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "x"])
except TypeError as e:
    print(type(e).__name__, e)
