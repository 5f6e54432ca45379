# Printing and mutating nested containers.
grid = [[0, 0, 0], [0, 0, 0]]
grid[1][2] = 5
print(grid)
shared = [[0] * 2] * 2
shared[0][0] = 1
print(shared)
data = {"list": [1, 2, {"deep": (3, [4, None])}], "tuple": (True, 2.5, "s"), "empty": {}}
print(data)
print(data["list"][2]["deep"][1][0])
data["list"][2]["deep"][1].append("x")
print(data["list"])
print([(1, "a"), (2, "b")], ({"k": [1]},), [[[]]], ((), ()))
print(["quote's", 'dq"', "\n", "é"], ("\t",))
self_ref = [1, 2]
self_ref.append(self_ref)
print(self_ref)
d = {"k": 1}
d["self"] = d
print(d)
