# | alternatives, as-patterns, and guards (including guard side effects and order).
def kind(x):
    match x:
        case int() | float() as num if num < 0:
            return "negative number %r" % num
        case (0 | 1) as bit:
            return "bit %d" % bit
        case [1, 2] | [1, 2, 3] as prefix:
            return "prefix %r" % (prefix,)
        case ("a" | "b") as letter:
            return "letter " + letter
        case [(int() | str()) as head, *_]:
            return "list starting with %r" % (head,)
        case {"k": (1 | 2) as v}:
            return "mapping v=%d" % v
        case _:
            return "other"

for v in [-3, -0.5, 0, 1, [1, 2], [1, 2, 3], "a", "c", ["s", 0], [2.5], {"k": 2}, {"k": 3}]:
    print(repr(v), "->", kind(v))

# Guards are evaluated only if the pattern matches, in order
log = []
def g(name, result):
    log.append(name)
    return result
match (1, 2):
    case (1, x) if g("first guard", False):
        pass
    case (9, x) if g("never evaluated", True):
        pass
    case (1, x) if g("second guard", True):
        print("matched second guard, x =", x)
print(log)

# Captures from a failed guard's pattern remain bound
match [10, 20]:
    case [a, b] if a > b:
        print("unreachable")
    case _:
        print("fell to wildcard; a and b:", a, b)

# Alternatives binding the same names
def pair(p):
    match p:
        case (x, 0) | (0, x):
            return "axis value %d" % x
        case (x, y):
            return "general %d %d" % (x, y)
print(pair((5, 0)), pair((0, 7)), pair((2, 3)))

# Nested as-patterns
match [1, [2, 3]]:
    case [int() as first, [_, _] as inner] as whole:
        print(first, inner, whole)
