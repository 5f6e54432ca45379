# *args collects extra positional arguments into a tuple.
def total(*args):
    print("args", args, type(args).__name__)
    s = 0
    for a in args:
        s += a
    return s


print(total())
print(total(1))
print(total(1, 2, 3, 4))
print(total(*[10, 20], 30, *(40,)))


def head_tail(first, *rest):
    return first, rest


print(head_tail(1))
print(head_tail(1, 2, 3))
print(head_tail(*"abc"))
print(head_tail(*range(4)))


def mixed(a, b=2, *args):
    return a, b, args


print(mixed(1), mixed(1, 5), mixed(1, 5, 6, 7))
