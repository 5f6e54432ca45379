# Complex nested for/if clauses and comprehensions within comprehensions.
# Pythagorean triples
print([(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b)
       if a * a + b * b == c * c])

# Flatten a ragged nested list two levels deep
nested = [[1, [2, 3]], [[4], 5], []]
print([y for x in nested for item in x for y in (item if isinstance(item, list) else [item])])

# Multiplication table as a dict of dicts
table = {i: {j: i * j for j in range(1, 4)} for i in range(1, 4)}
print(table)
print(table[2][3])

# Grouping via comprehension
words = ["ant", "bee", "cat", "ape", "bat", "cow"]
groups = {k: [w for w in words if w[0] == k] for k in sorted({w[0] for w in words})}
print(groups)

# Conditional expression in the iterable and in the filter
flag = True
print([n for n in (range(3) if flag else range(10)) if (n if flag else -n) >= 0])

# Comprehension using a function defined with nested comprehension
def primes_upto(n):
    return [p for p in range(2, n + 1) if all(p % d for d in range(2, int(p ** 0.5) + 1))]
print(primes_upto(50))

# Cartesian product with a filter that references both variables
print(["%s%d" % (c, n) for c in "abc" for n in range(3) if ord(c) - 97 != n])

# Comprehension over dict items with tuple unpacking and nested condition
inventory = {"apples": 3, "pears": 0, "plums": 7, "figs": 0}
print(sorted(name for name, qty in inventory.items() if qty if name.startswith("p")))
print({name: ["*"] * qty for name, qty in inventory.items() if qty > 0})

# Matrix multiply with nested comprehensions
A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
print([[sum(a * b for a, b in zip(row, col)) for col in zip(*B)] for row in A])
