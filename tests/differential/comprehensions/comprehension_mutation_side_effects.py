# Miscellaneous comprehension behaviours: iteration over mutating containers, side effects.
items = [1, 2, 3]
try:
    items2 = [items.append(x) for x in items if len(items) < 6]
except Exception as e:
    print("error", e)
print(items, items2)

# Iterating a dict while a comprehension builds a new one is fine
d = {"a": 1, "b": 2}
d2 = {k * 2: v for k, v in d.items()}
print(d2)

# Changing dict size during iteration raises RuntimeError
try:
    [d.update({k + "x": 0}) for k in d]
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(d))

# Set changed size during iteration
s = {1, 2, 3}
try:
    [s.add(x + 10) for x in s]
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(s))

# Comprehension results preserve iteration order of the source
print([k for k in {"z": 1, "a": 2, "m": 3}])

# Comprehension with a side-effecting condition evaluated once per element
calls = []
def check(n):
    calls.append(n)
    return n > 1
print([n for n in range(4) if check(n)], calls)

# Comprehension evaluated inside a lambda default and a class attribute
f = lambda xs=[i * 2 for i in range(3)]: xs
print(f())
class Config:
    keys = ["a", "b"]
    mapping = {k: k.upper() for k in keys}
print(Config.mapping)
# Unpacking error inside a comprehension
print([a + b for a, b in [(1, 2), (3, 4, 5)]])
