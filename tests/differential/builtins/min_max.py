# min() and max() with multiple args, iterables, key= and default=.
print(min(3, 1, 2), max(3, 1, 2), min(5, 5.0), max(5.0, 5), min(-1, -1.5))
print(min([4, 2, 8]), max([4, 2, 8]), min("hello"), max("hello"), min((9, 3)), max(range(7)))
print(max("apple", "banana", "cherry"), min(["b", "a", "c"]))
print(max([1, 2], [1, 3]), min((2, "a"), (1, "z")))


def neg(x):
    return -x


def second(p):
    return p[1]


print(max([1, 5, 3], key=neg), min([1, 5, 3], key=neg))
print(max(["aa", "b", "cccc", "dd"], key=len), min(["aa", "b", "cccc", "dd"], key=len))
print(max(["xx", "yy", "z"], key=len), min(["xx", "yy", "zzz"], key=len))
pairs = [("a", 3), ("b", 1), ("c", 3)]
print(max(pairs, key=second), min(pairs, key=second))
print(max(-3, 2, -7, key=abs), min(-3, 2, -7, key=abs))
print(max([], default="empty"), min([], default=None), max([4], default=0))
print(max([], key=len, default=-1), max(2 ** 100, 2.0 ** 100), max(True, 0))
print(max([1, 2.5, 2]), min([0, -0.0]), min([-0.0, 0]))
