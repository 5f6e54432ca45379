# Set operators and in-place operators, mixed set/frozenset, order.
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


a = set("alpha beta gamma delta epsilon".split())
b = frozenset("gamma delta zeta eta theta".split())
print(a | b, a & b, a - b, a ^ b)
print(b | a, b & a, b - a, b ^ a)
print(type(a | b).__name__, type(b | a).__name__, type(b & a).__name__, type(b - a).__name__, type(b ^ a).__name__)
print(a <= b, a < b, a >= b, a > b, a == b, a != b)
print(a & b <= a, a & b < a, a | b >= b, a | b > b, frozenset(a) == a, a == frozenset(a))
attempt("set | list", lambda: a | ["x"])
attempt("list | set", lambda: ["x"] | a)
attempt("set & tuple", lambda: a & ("x",))
attempt("set - str", lambda: a - "x")
attempt("set ^ int", lambda: a ^ 1)
attempt("set < list", lambda: a < ["x"])
attempt("set < int", lambda: a < 1)
print(a == ["alpha"], a != 3)


def ior(x, y):
    x |= y
    return x


def iand(x, y):
    x &= y
    return x


def isub(x, y):
    x -= y
    return x


def ixor(x, y):
    x ^= y
    return x


c = set(a)
r = ior(c, b)
print(r, r is c)
c = set(a)
print(iand(c, b), isub(set(a), b), ixor(set(a), b))
f = frozenset(a)
g = ior(f, {"new"})
print(type(g).__name__, g is f, f)
attempt("set |= list", lambda: ior(set(a), ["x"]))
attempt("set &= list", lambda: iand(set(a), ["x"]))
attempt("set -= list", lambda: isub(set(a), ["x"]))
attempt("set ^= list", lambda: ixor(set(a), ["x"]))
s = set(a)
print(ior(s, s), isub(set(a), set(a)), ixor(set(a), set(a)), iand(set(a), set(a)) == a)
# Big operations (trigger resizes and the 8x shortcut in difference_update).
big = set(range(1000))
small = set(range(0, 30, 3))
print(isub(set(small), big), isub(set(big), small) == set(range(1000)) - small, len(big - small))
print(sorted(small & big)[:5], len(big ^ small), small < big, big > small, small.isdisjoint(range(1, 30, 3)))
ints = set([10 ** 6, 8, 16, 24, 32, 40, 1, 9, 17])
print(ints, ints | {48, 56}, ints - {8, 16}, ints & set([1, 9, 17, 25]))
x = set(range(100))
x -= set(range(0, 100, 2))
print(x)
x.add(1000)
print(x)
