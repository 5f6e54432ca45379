# Nested unpacking targets.
(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, (c, d)) = 1, [2, "cd"]
print(a, b, c, d)
[a, [b, *c]], *d = [[1, [2, 3, 4]], 5, 6]
print(a, b, c, d)

points = [((0, 0), "origin"), ((1, 2), "p"), ((-1, 5), "q")]
for (x, y), label in points:
    print(label, x + y)

for i, (key, value) in enumerate({"a": 1, "b": 2}.items()):
    print(i, key, value)

data = {"rows": [("id", 1), ("name", "x")]}
for (k, v), n in zip(data["rows"], range(2)):
    print(n, k, v)

# Nested starred in an inner level
(first, *others), last = [1, 2, 3], "end"
print(first, others, last)

# Matrix rows unpacked in a comprehension
m = [[1, 2, 3], [4, 5, 6]]
print([(x, rest) for x, *rest in m])

# Nested errors carry the inner counts
try:
    (a, b), c = [1, 2, 3], 4
except ValueError as e:
    print("ValueError:", e)
try:
    (a, b), c = [1], 4
except ValueError as e:
    print("ValueError:", e)
try:
    a, (b, c) = 1, 2
except TypeError as e:
    print("TypeError:", e)
(a, b), (c, d) = "ab", "cde"
