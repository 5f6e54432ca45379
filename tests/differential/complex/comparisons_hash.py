# Equality of complex with int, float and complex; no ordering; hashes equal to CPython's.
print(1 + 0j == 1, 1 == 1 + 0j, 1.5 + 0j == 1.5, 1.5 == 1.5 + 0j, 1j == 1j, 1j != 1j)
print(1 + 1j == 1, 2 ** 53 + 1 == complex(2 ** 53 + 1, 0), complex(2 ** 53, 0) == 2 ** 53)
print(10 ** 400 == 1j, 1j == "1j", 1j == None, 1j != None, [1j, 2] == [1j, 2])
nan = float("nan")
print(complex(nan, 0) == complex(nan, 0), complex(nan, 0) != nan, 0j == 0, -0.0 + 0j == 0j)
for op in ["<", "<=", ">", ">="]:
    for a, b in [(1j, 2j), (1j, 1), (1.5, 2j)]:
        try:
            if op == "<":
                a < b
            elif op == "<=":
                a <= b
            elif op == ">":
                a > b
            else:
                a >= b
        except TypeError as e:
            print(type(e).__name__, e)
try:
    sorted([2j, 1j])
except TypeError as e:
    print(type(e).__name__, e)
for z in [0j, 1 + 0j, 2.5 + 0j, 1j, -1j, 1 + 2j, 3.25 - 7.5j, complex(1e300, -1e-300),
          complex(float("inf"), 0), complex(0, float("-inf")), complex(-1, 0), complex(0, -1)]:
    print(repr(z), hash(z))
print(hash(1 + 0j) == hash(1), hash(0.5 + 0j) == hash(0.5), hash(-1 + 0j), hash(complex(-1, -1)))
d = {1: "int", 2.5: "float"}
print(d[1 + 0j], d[2.5 + 0j], 1j in d, {1j, 1j, 2j, 1 + 0j, 1} == {1j, 2j, 1})
