# List comprehensions: mapping, filtering, conditional expressions, nesting.
nums = list(range(10))
print([n * n for n in nums])
print([n for n in nums if n % 3 == 0])
print(["even" if n % 2 == 0 else "odd" for n in nums[:5]])
print([(i, c) for i, c in enumerate("abc")])
print([x for x in []])
print([[0] * 3 for _ in range(2)])

# Multiple for clauses: leftmost is the outermost loop
print([(a, b) for a in range(3) for b in "xy"])
print([a * b for a in range(1, 4) for b in range(a, 4)])

# Multiple if clauses are combined with and
print([n for n in range(50) if n % 2 == 0 if n % 3 == 0 if n > 10])

# Interleaved for/if
print([(x, y) for x in range(5) if x % 2 for y in range(x) if y > 1])

# Nested comprehension (matrix transpose)
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row])

# Comprehension over a string and with method calls
words = "The Quick brown FOX".split()
print([w.lower() for w in words if w[0].isupper()])

# Unpacking in the target
pairs = [(1, "one"), (2, "two"), (3, "three")]
print([name * n for n, name in pairs])
print([first for first, *_ in ["abc", "de", "f"]])

# Exceptions inside a comprehension propagate
try:
    print([10 // n for n in [5, 2, 0, 1]])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print([int(s) for s in "1 2 x".split()])
