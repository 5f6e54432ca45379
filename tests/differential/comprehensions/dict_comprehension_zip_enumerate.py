# Dict comprehensions built from zip, enumerate, items and nested data.
names = ["ann", "bob", "cy"]
ages = [31, 25, 40, 99]
print({n: a for n, a in zip(names, ages)})
print({i: n for i, n in enumerate(names, start=1)})
print({n: i for i, n in enumerate(names) if i % 2 == 0})

scores = {"ann": [90, 85], "bob": [70], "cy": []}
print({k: sum(v) / len(v) for k, v in scores.items() if v})
print({k: max(v, default=None) for k, v in scores.items()})

# Swapping keys and values, with collisions (last wins)
colors = {"apple": "red", "cherry": "red", "lime": "green"}
print({v: k for k, v in colors.items()})

# Counting with a dict comprehension over a set of keys (sorted for determinism)
text = "mississippi"
print({c: text.count(c) for c in sorted(set(text))})

# Nested dict from a list of records
records = [("x", "a", 1), ("x", "b", 2), ("y", "a", 3)]
outer = {r[0] for r in records}
print({o: {inner: v for k, inner, v in records if k == o} for o in sorted(outer)})

# Building from two parallel comprehension results
keys = [k.upper() for k in names]
vals = [len(k) for k in names]
print(dict(zip(keys, vals)) == {k.upper(): len(k) for k in names})

# Dict comprehension keys that compare equal: 1, 1.0 and True collide
print({k: str(k) for k in [1, 1.0, True, 2]})

# Comprehension over a dict while reading but not mutating it
inventory = {"a": 0, "b": 3, "c": 0}
print([k for k in inventory if not inventory[k]])
print({k: v for k, v in sorted(inventory.items(), key=lambda kv: (-kv[1], kv[0]))})
