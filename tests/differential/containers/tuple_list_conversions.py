# Containers built from other containers and iterables.
d = {"b": 1, "a": 2}
print(list(d), list(d.values()), list(d.items()), tuple(d), tuple(d.items()))
print(set(d), sorted(frozenset(d.items())), list(reversed(d)), dict(d.items()), dict(zip(d, d.values())))
print(list(enumerate("ab")), list(zip([1, 2], "ab", (True, False))), list(map(str, range(3))))
print(list(filter(None, [0, 1, "", "x", [], [0]])), tuple(x for x in range(4) if x % 2))
print([*range(3), *"ab"], (*[1], *(2,)), {*[1, 2], *(2, 3)}, {**d, "c": 3}, [*d])
print(dict.fromkeys(["x", "y"], [0])["x"] is dict.fromkeys(["x", "y"], [0])["y"])
nested = [[0] * 2] * 2
nested[0][0] = 9
print(nested)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 9
print(grid)
print(list(range(3)) * 2, tuple("ab") * 2, list(()), list([]), tuple(()), len([[]]), [[], ()] == [[], ()])
a = [1, 2, 3]
b = a[:]
b.append(4)
c = list(a)
print(a, b, c, a is c, a == c)
print(sum([[1], [2]], []), sum(((1,), (2,)), ()), max([[1, 2], [3]]), min(("b", 2), ("a", 9)))
