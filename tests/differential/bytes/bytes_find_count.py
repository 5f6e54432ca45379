# find/rfind/index/rindex/count with start/end, int needles and errors.
b = b"hello world, hello bytes"
for sub in [b"o", b"hello", b"", b"zz", 111, bytearray(b"l"), memoryview(b"by")]:
    print(b.find(sub), b.rfind(sub), b.count(sub))
for args in [(b"o", 5), (b"o", 5, 8), (b"o", -6), (b"o", -100, 100), (b"", 24), (b"", 25), (b"", 3, 1), (b"l", None, 4), (108, 3, -3)]:
    print(args[1:], b.find(*args), b.rfind(*args), b.count(*args))
print(b.index(b"world"), b.rindex(b"hello"), b.index(104, 1), b.rindex(b"l", 0, 5))
print(b"aaaa".count(b"aa"), b"aaaa".count(b""), b"".count(b""), b"abc".count(b"", 1))

class Pos:
    def __index__(self):
        return 6
print(b.find(b"w", Pos()), b.find(Pos()), b.count(b"l", Pos(), 2**80), b.find(b"h", -2**80))

ba = bytearray(b)
print(ba.find(b"world"), ba.rfind(111), ba.index(b"bytes"), ba.count(b"l"))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: b.index(b"xyz"))
show(lambda: b.rindex(b"xyz"))
show(lambda: ba.index(200))
show(lambda: b.find("o"))
show(lambda: b.find(256))
show(lambda: b.find(-1))
show(lambda: b.count(1.5))
show(lambda: b.find())
show(lambda: b.count(b"a", 1, 2, 3))
show(lambda: b.find(b"o", "1"))
show(lambda: b.find(b"o", start=1))
show(lambda: ba.rfind(b"o", x=1))
show(lambda: b.index([111]))
print(b"x" in b"xyz", b"" in b"", 120 in b"xyz", 121 in bytearray(b"xyz"), b"yz" in bytearray(b"xyz"), memoryview(b"z") in b"xyz")
show(lambda: "x" in b"xyz")
show(lambda: 300 in b"xyz")
show(lambda: None in bytearray(b"xyz"))
