# Exceptions raised inside comprehensions: partial results are discarded, handlers see them.
def risky(n):
    if n == 3:
        raise ValueError("bad %d" % n)
    return n * 2

result = "unchanged"
try:
    result = [risky(n) for n in range(6)]
except ValueError as e:
    print("list comp failed:", e, "| result:", result)

try:
    result = {n: risky(n) for n in range(6)}
except ValueError as e:
    print("dict comp failed:", e)

# Per-element handling needs a helper because comprehensions cannot contain try
def safe(fn, default):
    def wrapper(x):
        try:
            return fn(x)
        except Exception as e:
            return default(e)
    return wrapper
print([safe(risky, lambda e: "ERR(%s)" % e)(n) for n in range(6)])
print([safe(int, lambda e: None)(s) for s in ["1", "x", "3"]])

# Exceptions propagate through nested comprehensions with the comprehension variable intact
try:
    [[1 / (i - j) for j in range(3)] for i in range(3)]
except ZeroDivisionError as e:
    print("nested:", e)

# A generator expression raises lazily at consumption
g = (risky(n) for n in range(6))
got = []
try:
    for v in g:
        got.append(v)
except ValueError as e:
    print("generator failed after", got, ":", e)
print("generator after failure:", list(g))

# Exception from the iterable's __next__
class Flaky:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise KeyError("iterator broke")
        return self.i
try:
    print([x for x in Flaky()])
except KeyError as e:
    print("KeyError:", e)
print(sorted({risky(n) for n in range(5)}))
