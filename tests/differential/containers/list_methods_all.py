# Every list method, with edge cases and CPython's error messages.
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


l = [1, 2, 3]
l.append(4)
l.extend((5, 6))
l.extend(x for x in [7])
l.extend("ab")
l.extend({})
print(l)
l.insert(0, "first")
l.insert(-1, "before-last")
l.insert(100, "end")
l.insert(-100, "start")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
attempt("pop empty", lambda: [].pop())
attempt("pop range", lambda: [1].pop(5))
attempt("pop str", lambda: [1].pop("x"))
attempt("pop float", lambda: [1].pop(1.0))
l = [3, 1, 3, 2, 3]
l.remove(3)
print(l, l.count(3), l.count(9), l.index(3), l.index(3, 2), l.index(2, -3, -1))
attempt("remove missing", lambda: l.remove(42))
attempt("index missing", lambda: l.index(42))
attempt("index missing range", lambda: l.index(1, 1))
attempt("index str", lambda: ["a", "b"].index("c"))
attempt("index big start", lambda: [1, 2].index(2, -10 ** 20, 10 ** 20))
attempt("count args", lambda: l.count())
attempt("append args", lambda: l.append(1, 2))
attempt("insert args", lambda: l.insert(1))
attempt("insert str", lambda: l.insert("a", 1))
attempt("extend int", lambda: l.extend(5))
c = l.copy()
c.append(99)
print(l, c, c is l)
l.reverse()
print(l)
l.clear()
print(l, len(l))
# Self-extension and self-insertion.
s = [1, 2]
s.extend(s)
print(s)
s += s
print(s)
s *= 2
print(len(s), s[:5])
s *= 0
print(s)
z = [0] * 3
z *= -1
print(z)
# Methods on subclasses.


class L(list):
    pass


m = L([3, 1, 2])
m.sort()
print(m, type(m).__name__, type(m.copy()).__name__, type(m + m).__name__, type(m[:]).__name__)
print(list.__len__([1, 2]), list.__getitem__([5, 6], 1), list.__contains__([1], 1))
attempt("list kwargs", lambda: list(x=1))
attempt("list two", lambda: list([1], [2]))
attempt("list int", lambda: list(5))
print(list(), list("abc"), list(range(3)), list({1: 2}), list((1,)))
