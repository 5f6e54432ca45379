# Lexicographic comparison of lists and tuples.
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 3], [] < [0], [2] > [1, 9, 9])
print((1, 2) == (1, 2), (1, 2) != (2, 1), (1, "a") < (1, "b"), (1, 2) < (1, 2.5))
print([1, [2, 3]] < [1, [2, 4]], ((1,), 2) < ((1, 0), 0))
print([1, 2] == [1, 2], [1, 2] == (1, 2), [] == [], () == (), [0] == [False])
print((1, 2, 3) > (1, 2), (3,) > (2, 100), [1.0, 2] == [1, 2.0])
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 2}, {} == {})
print(range(0) == range(0), range(3) == range(0, 3, 1), range(0, 3, 2) == range(0, 4, 2))
print([1, "a"] == [1, "a"], [1, "a"] != [1, "b"])
print(max([3, 1], [3, 0], [2, 9]), min((1, 2), (1, 1), (0, 5)))
try:
    print([1, "a"] < [1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({"a": 1} < {"b": 2})
except TypeError as e:
    print(type(e).__name__, e)
