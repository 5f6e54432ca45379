# Equal numbers act as the same dict key; 1, 1.0 and True collide.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d2 = {True: "bool", 1: "int"}
print(d2)
d3 = {0: "zero", False: "false", 0.0: "fzero", "0": "str"}
print(d3)
print(1 == 1.0 == True, 0 == 0.0 == False == -0.0)
print(d[1.0], d3[-0.0])
key = (1, 2)
d4 = {key: "tuple"}
print(d4[(1.0, 2.0)], (1, 2) in d4, (1, 3) in d4)
print(2 ** 64 in {2 ** 64: 1}, float(2 ** 64) in {2 ** 64: 1})
