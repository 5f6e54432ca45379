# split/rsplit with and without a separator, maxsplit, and join.
cases = [b"a,b,,c", b",a,", b"", b"no separators", b"  lots   of\t\nspace  ", b"a\x1cb\x0bc\x0cd"]
for s in cases:
    print(s.split(b","), s.rsplit(b","), s.split(), s.rsplit())
    print(s.split(b",", 1), s.rsplit(b",", 1), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=0))
print(b"aaa".split(b"aa"), b"aaa".rsplit(b"aa"), b"abcabc".split(b"bc"), b"x--y--z".split(b"--", -1))
print(b"a b".split(sep=None, maxsplit=-5), b"a1b2c".split(bytearray(b"1")), b"a1b2c".split(memoryview(b"2")))
ba = bytearray(b"x y z")
print(ba.split(), ba.rsplit(b" ", 1), type(ba.split()[0]).__name__)

print(b", ".join([b"a", b"b", b"c"]), b"".join([]), b"-".join([b"only"]), b"-".join((b"x", bytearray(b"y"), memoryview(b"z"))))
print(b"|".join(x for x in [b"gen", b"erator"]), b"+".join({b"k": 1}), bytearray(b"..").join([b"a", b"b"]))
print(b"".join([bytearray(b"ab")]), type(b"".join([bytearray(b"ab")])).__name__)

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: b"a b".split(b""))
show(lambda: b"a b".rsplit(b""))
show(lambda: b"a b".split(" "))
show(lambda: b"a b".split(1))
show(lambda: b"a b".split(b" ", "1"))
show(lambda: b"a b".split(b" ", 1, 2))
show(lambda: b"a b".split(x=1))
show(lambda: b"a b".split(b" ", maxsplit=1.0))
show(lambda: b"-".join([b"a", "b"]))
show(lambda: b"-".join([1, 2]))
show(lambda: b"-".join(5))
show(lambda: b"-".join())
show(lambda: b"-".join([b"a"], [b"b"]))
