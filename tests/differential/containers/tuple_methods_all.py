# tuple: methods, operators, hashing, comparisons, errors.
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


t = (1, 2, 3, 2, 1)
print(t.count(2), t.count(9), t.index(2), t.index(2, 2), t.index(1, -1), t.index(3, 0, 3))
attempt("index missing", lambda: t.index(9))
attempt("index range", lambda: t.index(3, 3))
attempt("count none", lambda: t.count())
print(t + (4,), (0,) + t, t * 2, 2 * t, t * 0, t * -1, () * 3)
attempt("tuple + list", lambda: t + [1])
attempt("tuple * str", lambda: t * "a")
attempt("tuple * float", lambda: t * 2.0)
print(t[1:3], t[::-1], t[-2:], t[:100], t[::2], t[5:], t[10:1:-3])
attempt("getitem 5", lambda: t[5])
attempt("getitem str", lambda: t["a"])


def setit():
    t[0] = 1


attempt("setitem", setit)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 3), () < (0,), (2,) > (1, 5), (1, 2) == (1, 2.0), (1,) != (1,))
attempt("tuple < list", lambda: (1,) < [1])
attempt("tuple lt mixed", lambda: (1, "a") < (1, 2))
print((1, 2) == [1, 2], hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))))
print(hash((1, 2, 3)), hash(()), hash((True, 1.5, -1)), hash(("a",)) == hash(("a",)))
attempt("hash list inside", lambda: hash((1, [2])))
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2}), tuple(x for x in (5,)))
attempt("tuple kw", lambda: tuple(x=1))
attempt("tuple two", lambda: tuple(1, 2))
attempt("tuple int", lambda: tuple(1))
print((1,), (), ((),), (1, (2,)), repr((1, "a", None)))
print(len(t), 2 in t, 9 in t, bool(()), bool((0,)))
a, *b = (1, 2, 3)
print(a, b)
x = (1, 2)
print(x is tuple(x), x[:] is x, (1, 2) * 1 == x)


class T(tuple):
    pass


tt = T((1, 2))
print(tt, type(tt).__name__, type(tt + tt).__name__, type(tt[:]).__name__, tt == (1, 2))
print(max((3, 1, 2)), min((3, 1, 2)), sum((1, 2, 3)), sorted((3, 1, 2)))
