# str.format: automatic and manual numbering, names, attributes, indices, specs.
class P:
    x = 3
    y = [10, 20]
print("{} {} {}".format(1, "a", 2.5), "{1}{0}{1}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0.x} {0.y[1]} {1[k]}".format(P(), {"k": "v"}), "{:>6}|{:<6}|{:^6}".format("é", "😀", "ab"))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{{}} {{{}}}".format(7), "{:*^9}".format("mid"))
print("{0:{1}}|{0:>{w}.{p}}".format("abcdef", 8, w=6, p=3), "{:,} {:_x} {:08.3f}".format(1234567, 65535, 3.14159))

def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: "{".format())
check(lambda: "}".format())
check(lambda: "{0}{}".format(1, 2))
check(lambda: "{}{0}".format(1, 2))
check(lambda: "{2}".format(1))
check(lambda: "{x}".format(y=1))
check(lambda: "{!z}".format(1))
check(lambda: "{:d}".format("s"))
