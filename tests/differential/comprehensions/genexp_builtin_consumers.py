# Generator expressions consumed by built-ins: sum, min, max, any, all, sorted, str.join, dict, tuple.
data = [5, 3, 8, 1, 9, 2]
print(sum(x for x in data if x > 2))
print(min(x * x for x in data), max(-x for x in data))
print(min((abs(x - 4), x) for x in data))
print(max((x for x in []), default="empty"))
print(tuple(x % 3 for x in data))
print(sorted((x for x in data), reverse=True))
print(",".join(str(x) for x in data))
print(dict((str(x), x) for x in data[:3]))
print(set(x % 2 for x in data) == {0, 1})

# Short-circuiting: any/all stop consuming early
consumed = []
def tracked(xs):
    for x in xs:
        consumed.append(x)
        yield x
print(any(x > 7 for x in tracked(data)), consumed)
consumed.clear()
print(all(x > 2 for x in tracked(data)), consumed)
consumed.clear()
print(next(x for x in tracked(data) if x % 4 == 0), consumed)

# enumerate, zip and reversed with generator expressions
print(list(enumerate(c.upper() for c in "abc")))
print(list(zip((x for x in range(5)), "xyz")))
try:
    reversed(x for x in data)
except TypeError as e:
    print("TypeError:", e)

# A generator expression passed twice is empty the second time
g = (x for x in data)
print(sum(g), sum(g))

# Errors raised by the consumer for bad element types
try:
    sum(str(x) for x in data)
except TypeError as e:
    print("TypeError:", e)
print(max(x for x in []))
