# * and ** unpacking inside list, tuple, set and dict displays (PEP 448).
a = [1, 2]
b = (3, 4)
s = "xy"
print([*a, *b, *s])
print((*a, 0, *b))
print((*a,))
print(sorted({*a, *b, 2, 3}))
print([*range(3), *{"k": 1}, *(i * i for i in range(3))])
print(type((*a, *b)).__name__, type([*b]).__name__)

d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print({**d1, **d2})
print({**d2, **d1})
print({"a": 0, **d1, "b": "override", **{"z": 26}})
print({**{}, **{}})

# Later keys win but insertion position of the first occurrence is kept
merged = {"x": 1, "y": 2, **{"x": 100}}
print(merged, list(merged))

# Copies are shallow
inner = [1]
outer = [*[inner]]
inner.append(2)
print(outer)

# Unpacking in return and yield
def f():
    return *a, *b
print(f())
def g():
    yield *a, "end"
print(list(g()))

# Subscripting with starred (3.11+)
grid = {(1, 2, 3): "found"}
idx = (2, 3)
print(grid[1, *idx])

# Errors
try:
    [*5]
except TypeError as e:
    print("TypeError:", e)
try:
    {**[("a", 1)]}
except TypeError as e:
    print("TypeError:", e)
try:
    {*[[1]]}
except TypeError as e:
    print("TypeError:", e)
print({**{1: "int key"}, **dict(one=1)})
