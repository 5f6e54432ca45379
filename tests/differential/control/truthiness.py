# bool() of all in-scope types and use in conditions.
values = [0, 1, -1, 0.0, -0.0, 0.5, float("nan"), "", " ", "0", "False",
          [], [0], [[]], (), (0,), {}, {0: 0}, None, True, False, range(0), range(1), 2 ** 100]
for v in values:
    if v:
        print(repr(v), "-> True", bool(v))
    else:
        print(repr(v), "-> False", bool(v))
print(not [], not not [], not not "x")
n = 0
while [1, 2][n:]:
    n += 1
print("n", n)
