# Generator expressions: laziness, single use, scope, and the first-iterable rule.
squares = (x * x for x in range(5))
print(type(squares).__name__)
print(next(squares), next(squares))
print(list(squares), list(squares))

print(sum(x for x in range(101)))
print(max((len(w), w) for w in "the quick brown fox".split()))
print(", ".join(str(n) for n in range(3)))
print(any(n > 3 for n in [1, 2, 5]), all(n > 0 for n in []))

# The first iterable is evaluated immediately, the rest lazily
def source(name, items):
    print("  evaluating", name)
    return items
g = (a + b for a in source("outer", "xy") for b in source("inner", "12"))
print("generator created")
print(list(g))

# Errors in the first iterable are raised at creation time
try:
    g = (x for x in 42)
except TypeError as e:
    print("creation TypeError:", e)

# Errors in the body are raised lazily
g = (1 / x for x in [1, 2, 0, 4])
print(next(g), next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("lazy ZeroDivisionError:", e)
print(next(g, "generator is finished after error"))

# Loop variable does not leak
x = "unchanged"
list(x for x in range(3))
print(x)

# Late binding of names used in the body
factor = 2
g = (n * factor for n in range(3))
factor = 10
print(list(g))

# Generator expression as the sole call argument needs no extra parens
print(sorted(c for c in "banana"))
print(dict((k, len(k)) for k in ["a", "bb"]))
