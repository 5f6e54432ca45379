# Assignment expressions inside comprehensions bind in the containing scope.
data = [3, 8, 1, 9, 4]
total = 0
running = [total := total + n for n in data]
print(running, total)

# Capture the last computed value that passed a filter
results = [y for x in data if (y := x * 2) > 6]
print(results, y)

# The walrus target leaks even from a generator expression
found = any((hit := n) > 7 for n in data)
print(found, hit)

def first_match(items, pred):
    if any(pred(last := item) for item in items):
        return last
    return None
print(first_match(["a", "bb", "ccc"], lambda s: len(s) > 1))
print(first_match(["a"], lambda s: len(s) > 1))

# Inside a function, the walrus binds a local of the function
def f():
    [z := i for i in range(3)]
    return z
print(f())

# Nested comprehension: binds in the outermost enclosing function scope
def g():
    [[w := (i, j) for j in range(2)] for i in range(2)]
    return w
print(g())

# Reusing a computed value inside the same comprehension
print([(s, n) for s in ["1", "22", "333"] if (n := len(s)) != 2])

# Walrus with a counter across comprehension runs
count = 0
[count := count + 1 for _ in range(5)]
[count := count + 10 for _ in range(2)]
print(count)

# Walrus in the condition of a while loop, outside comprehensions
chunks = iter(["ab", "cd", ""])
parts = []
while (chunk := next(chunks)):
    parts.append(chunk)
print(parts, repr(chunk))
