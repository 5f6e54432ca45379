# Comprehensions have their own scope: the loop variable does not leak.
x = "outer"
squares = [x * x for x in range(4)]
print(squares, x)

y = "outer y"
s = {y for y in "abc"}
d = {y: 1 for y in "de"}
g = list(y for y in "fg")
print(sorted(s), d, g, y)

# But names from the enclosing scope are visible
factor = 3
print([n * factor for n in range(4)])

def inside_function():
    total = 100
    result = [total + i for i in range(3)]
    i = "function i"
    return result, i
print(inside_function())

# Closures created in a comprehension capture the comprehension's variable
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
try:
    i
except NameError as e:
    print("NameError:", e)

# Nested comprehension can read the outer comprehension's variable
print([[(r, c) for c in range(r)] for r in range(3)])

# Comprehension inside a function modifies no local names of the function
def no_leak():
    n = "kept"
    [n for n in range(5)]
    return n
print(no_leak())

# The first iterable is evaluated in the enclosing scope
class K:
    data = [1, 2, 3]
    doubled = [v * 2 for v in data]
    try:
        broken = [v * len(data) for v in range(2)]
    except NameError as e:
        err = str(e)
print(K.doubled, K.err)
print([q for q in range(3)], q)
