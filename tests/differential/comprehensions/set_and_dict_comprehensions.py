# Set and dict comprehensions (sets printed sorted).
words = ["apple", "banana", "avocado", "cherry", "blueberry", "apple"]
initials = {w[0] for w in words}
print(sorted(initials), len(initials))
lengths = {len(w) for w in words}
print(sorted(lengths))

print({w: len(w) for w in words})
print({i: i * i for i in range(5) if i != 2})

# Later keys overwrite earlier ones, keeping first insertion position
print({w[0]: w for w in words})

# Inverting a dictionary
d = {"a": 1, "b": 2, "c": 1}
inv = {}
for k, v in d.items():
    inv.setdefault(v, []).append(k)
print(inv, {v: k for k, v in d.items()})

# Nested loops in dict comprehension
print({(r, c): r * c for r in range(1, 3) for c in range(1, 3)})

# Set comprehension with duplicates from computation
print(sorted({n % 4 for n in range(20)}))
print(sorted({(a, b) for a in range(3) for b in range(3) if a + b == 2}))

# Dict comprehension with conditional values
print({n: ("big" if n > 2 else "small") for n in range(5)})

# Key evaluated before value (3.8+)
order = []
def k(x):
    order.append("k%d" % x)
    return x
def v(x):
    order.append("v%d" % x)
    return x
print({k(i): v(i) for i in range(3)}, order)

# Unhashable key raises TypeError
try:
    {[i]: i for i in range(2)}
except TypeError as e:
    print("TypeError:", e)
try:
    {{i} for i in range(2)}
except TypeError as e:
    print("TypeError:", e)
print(type({x for x in ()}).__name__, {x: x for x in ()})
