# The % operator on str.
print("%s|%r|%a" % ("é", "é", "é"), "%5s|%-5s|%.2s" % ("ab", "cd", "xyz"), "%c%c" % (233, "😀"))
print("%d %i %05d %+d %x %X %o %#x %#o" % (42, -7, 3, 5, 255, 255, 8, 255, 8), "%.3f %e %g %%" % (1.5, 12345.678, 0.0001))
print("%(a)s-%(b)d" % {"a": "x", "b": 2}, "%*d|%-*d" % (5, 1, 4, 2), "no args" % ())
print("%s" % (("tuple",),), "%s" % [1, 2], "%.1s" % "😀x")

def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: "%d" % "x")
check(lambda: "%s %s" % ("a",))
check(lambda: "%s" % ("a", "b"))
check(lambda: "a" % 1)
check(lambda: "%c" % "ab")
check(lambda: "%(a)s" % ("x",))
check(lambda: "%z" % 1)
check(lambda: "%(a)s" % {})
