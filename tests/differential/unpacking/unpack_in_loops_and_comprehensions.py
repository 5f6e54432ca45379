# Unpacking targets in for loops, comprehensions and generator expressions.
table = [("ann", 30, "nyc"), ("bob", 25, "sf"), ("cy", 41, "la")]
for name, age, city in table:
    print(f"{name:>4} {age:3d} {city}")

for name, *rest in table:
    print(name, rest)

print([age for _, age, _ in table])
print({city: name for name, _, city in table})
print(sum(age for _, age, _ in table))

# Nested structures in loop targets
edges = [(("a", "b"), 3), (("b", "c"), 5)]
for (src, dst), weight in edges:
    print(f"{src}->{dst} w={weight}")

# enumerate and zip with unpacking
for i, (name, age, _) in enumerate(table, 1):
    print(i, name, age)
for (n1, *_), (n2, *_) in zip(table, table[1:]):
    print(n1, "before", n2)

# dict.items with nested values
data = {"p": (1, 2), "q": (3, 4)}
print([k + str(x + y) for k, (x, y) in data.items()])

# Loop target can be attributes / subscripts too
class Box:
    pass
b = Box()
store = {}
for b.value, store["last"] in [(1, "a"), (2, "b")]:
    pass
print(b.value, store)

# Unpacking error in the middle of a loop leaves earlier iterations done
seen = []
try:
    for x, y in [(1, 2), (3, 4), (5,), (6, 7)]:
        seen.append(x + y)
except ValueError as e:
    print("ValueError:", e, seen)
print([a + b for a, b in ["ab", "cd", "efg"]])
