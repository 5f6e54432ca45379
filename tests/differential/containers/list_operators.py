# List operators: +, *, +=, *=, comparisons, in, del, indexing edge cases.
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


a = [1, 2, 3]
print(a + [4], [0] + a, a * 2, 2 * a, a * 0, a * -3, [] * 5)
attempt("list + tuple", lambda: a + (4,))
attempt("list + str", lambda: a + "x")
attempt("list * float", lambda: a * 1.5)
attempt("list * list", lambda: a * a)
attempt("list * huge", lambda: [1] * (10 ** 20))


def iadd_tuple():
    b = [1]
    b += (2, 3)
    b += "ab"
    b += range(2)
    return b


print(iadd_tuple())


def iadd_int():
    b = [1]
    b += 5
    return b


attempt("iadd int", iadd_int)
# Comparisons: lexicographic, length, mixed types.
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, 2] == [1, 2], [1, 2] != [1, 2.0])
print([1, [2, 3]] < [1, [2, 4]], [1, 2] <= [1, 2], [1, 2] >= [1, 3])
n = float("nan")
print([n] == [n], [n] < [n], [1, n] < [1, n])
attempt("list < tuple", lambda: [1] < (1,))
attempt("list < int", lambda: [1] < 1)
attempt("mixed items", lambda: [1, "a"] < [1, 2])
print([1] == (1,), [1] != (1,), [] == [], [[]] == [[]])
# Membership uses identity then equality.
print(n in [n], 1 in [1.0], "a" in ["ab"], [] in [[]], 3 not in [1, 2])
# Indexing.
a = list(range(10))
print(a[-1], a[0], a[True], a[-10])
attempt("index 10", lambda: a[10])
attempt("index -11", lambda: a[-11])
attempt("index str", lambda: a["1"])
attempt("index float", lambda: a[1.0])
attempt("index huge", lambda: a[10 ** 30])
attempt("index None", lambda: a[None])


class Idx:
    def __index__(self):
        return 2


print(a[Idx()], a[Idx():], a[:Idx()])


def setitem(i, v):
    a[i] = v
    return a


attempt("set 3", lambda: setitem(3, "x"))
attempt("set -1", lambda: setitem(-1, "y"))
attempt("set 99", lambda: setitem(99, 0))
attempt("set str", lambda: setitem("a", 0))


def delitem(i):
    del a[i]
    return a


attempt("del 0", lambda: delitem(0))
attempt("del -1", lambda: delitem(-1))
attempt("del 99", lambda: delitem(99))
attempt("del slice", lambda: delitem(slice(None, None, 2)))
attempt("del float", lambda: delitem(1.5))
print(len(a), bool([]), bool([0]))
attempt("hash", lambda: hash([]))
