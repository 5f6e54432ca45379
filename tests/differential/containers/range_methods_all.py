# range: slicing, index, count, membership for ints and others, equality,
# hashing, repr, reversed, attributes and errors.
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


r = range(3, 30, 4)
print(r, len(r), r[0], r[-1], r[2], list(r))
print(r[1:4], r[::-1], r[::2], r[-2:], r[10:], r[:0], r[5:1:-2], list(r[::-3]))
print(range(10)[::-1], range(0)[::-1], range(5, -5, -3)[1:], range(10)[2:100:3])
print(r.index(7), r.count(7), r.count(8), 7 in r, 8 in r, 31 in r, -1 in r, 27 in r)
print(7.0 in r, True in range(2), "a" in r, None in r)
attempt("index missing", lambda: r.index(8))
attempt("index float", lambda: r.index(7.0))
attempt("index 2 args", lambda: r.index(7, 1))
attempt("getitem out", lambda: r[7])
attempt("getitem -8", lambda: r[-8])
attempt("getitem str", lambda: r["a"])
attempt("getitem float", lambda: r[1.5])
print(range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2), range(1) == range(1, 2, 7), range(3) != range(4))
print(hash(range(0)) == hash(range(4, 4)), hash(range(0, 3, 2)) == hash(range(0, 4, 2)), range(3) == [0, 1, 2])
attempt("range <", lambda: range(1) < range(2))
print(repr(range(5)), repr(range(1, 5)), repr(range(1, 5, 1)), repr(range(5, 1, -1)), str(range(0, -3, -1)))
print(r.start, r.stop, r.step, range(4).start, range(4).step)
print(list(reversed(range(1, 10, 3))), list(reversed(range(0))), list(reversed(range(10, 0, -4))))
big = range(-10 ** 20, 10 ** 20, 10 ** 18)
print(len(big), big[0], big[-1], big[100], 0 in big, 10 ** 18 + 1 in big, big.index(5 * 10 ** 18), big[::50])
huge = range(10 ** 30)
attempt("len huge", lambda: len(huge))
print(huge[-1], huge[10 ** 29], 10 ** 29 in huge, huge[::10 ** 29], huge.count(5), bool(huge), bool(range(0)))
attempt("range float", lambda: range(1.5))
attempt("range str", lambda: range("3"))
attempt("range zero step", lambda: range(1, 2, 0))
attempt("range none", lambda: range())
attempt("range 4 args", lambda: range(1, 2, 3, 4))
attempt("range kw", lambda: range(stop=3))


class I:
    def __index__(self):
        return 4


print(range(I()), range(1, I()), range(10)[I()], list(range(10)[I():]))
print(list(range(5, 0, -2)), list(range(-3)), list(range(2, -2, -1)), sum(range(101)), max(range(7)), min(range(3, 8)))
it = iter(range(3))
print(next(it), list(it), list(it), type(it).__name__, type(reversed(range(1))).__name__)
attempt("setitem", lambda: range(3).__setitem__(0, 1))
print(range(3).__reversed__().__next__(), range(0, 10, 3).__contains__(6), range(5).__len__())
