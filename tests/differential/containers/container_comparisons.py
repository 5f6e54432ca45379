# Comparisons between containers: equality across types, ordering, nested
# structures, identity shortcuts with user __eq__, recursion limits.
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


print([1, 2] == [1, 2], (1, 2) == (1, 2), [1, 2] == (1, 2), {1: [2]} == {1: [2]}, {1, 2} == frozenset({2, 1}))
print([1, (2, [3])] < [1, (2, [4])], ((1, 2), 3) > ((1, 1), 9), [[]] < [[0]], ([],) < ([1],))
print({1: 2}.items() == {(1, 2)}, {1: 2}.keys() == {1}, list({1: 2}.values()) == [2])
print(range(3) == range(0, 3), [0, 1, 2] == list(range(3)), tuple(range(2)) == (0, 1))


class E:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v)
        return isinstance(other, E) and self.v == other.v

    __hash__ = object.__hash__


x = E(1)
print([x] == [x], [x] == [E(1)], (x,) == (E(2),), x in [x], x in [E(1)], [E(1)].count(E(1)), [x].index(x))
print({x: 1} == {x: 1}, {x} == {x})
attempt("lt mixed", lambda: [1, 2] < [1, "a"])
attempt("dict lt", lambda: {1: 2} < {1: 3})
attempt("set lt list", lambda: {1} < [1])
attempt("frozenset ge tuple", lambda: frozenset() >= ())
a = []
a.append(a)
attempt("recursive eq", lambda: a == a)
b = []
b.append(b)
attempt("recursive eq distinct", lambda: a == b)
print(max([[1, 2], [1, 3], [0, 9]]), min([(2, "b"), (2, "a")]), sorted([[2], [1, 5], [1]]))
print([1] * 3 == [1, 1, 1], (0,) * 2 != (0, 0), [] == [], () == (), set() == frozenset())
