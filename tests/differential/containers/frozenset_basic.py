# frozenset: hashing, use as keys, repr, subclasses, identity shortcuts.
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


f = frozenset([3, 1, 2])
print(f, repr(f), frozenset(), frozenset("aab"), frozenset({1: 2}), frozenset(range(4)))
print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset("abc")) == hash(frozenset("cba")))
print(hash(frozenset([frozenset([1]), 2])) == hash(frozenset([2, frozenset([1])])))
d = {frozenset([1, 2]): "one-two", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()], frozenset([1, 2]) in d)
print(f.copy() is f, frozenset(f) is f, f | set() == f, f.union() == f, f.union() is f)
attempt("add", lambda: f.add(4))
attempt("frozenset kw", lambda: frozenset(it=[1]))
attempt("frozenset int", lambda: frozenset(3))
attempt("unhashable", lambda: frozenset([[]]))
attempt("hash of set", lambda: hash({1}))


class FS(frozenset):
    pass


g = FS([1, 2])
print(g, type(g).__name__, type(g.copy()).__name__, g.copy() == g, type(g | {3}).__name__, FS(), FS([1]) == frozenset([1]))


class S(set):
    pass


h = S("ab")
print(len(h), type(h).__name__, type(h.copy()).__name__, type(h | h).__name__, type(h & {"a"}).__name__, S() == set())
print(sorted(h), repr(S()))
nested = frozenset([frozenset([1, 2]), frozenset([3])])
print(nested == frozenset([frozenset([3]), frozenset([2, 1])]), len(nested))
print(frozenset([1, 2]) == {1, 2}, {1, 2} == frozenset([1, 2]), frozenset([1]) < {1, 2})
print({frozenset(): 1, frozenset([0]): 2})
