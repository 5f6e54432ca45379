# print() of nested containers uses repr for elements.
print([1, [2, [3, [4]]]])
print({"a": [1, (2, 3)], "b": {"c": None}})
print((1, [2, {"k": "v"}], "s"))
print([["a", "b"], ["c"]], [[], [[]]], ({},))
print("top-level str", ["inner str"], ("tuple str",))
print([1.0, 2.5, -0.0], {1: 1.5}, [True, None, False])
print([range(3), range(1, 10, 2)], {"r": range(0)})
