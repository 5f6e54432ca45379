# startswith/endswith with tuples and ranges; replace with counts.
b = b"hello world"
print(b.startswith(b"hell"), b.startswith(b"world", 6), b.startswith(b"lo", 3, 5), b.startswith(b"", 11), b.startswith(b"", 12))
print(b.endswith(b"world"), b.endswith(b"hello", 0, 5), b.endswith(b"o", -7, -5), b.endswith((b"x", b"ld")), b.startswith(()))
print(b.startswith((b"a", bytearray(b"he"))), b.endswith(memoryview(b"d")), bytearray(b).startswith(b"h"))
print(b"aaa".replace(b"a", b"b"), b"aaa".replace(b"a", b"b", 2), b"aaa".replace(b"a", b"b", 0), b"aaa".replace(b"a", b"b", -1))
print(b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 2), b"".replace(b"", b"x"), b"abab".replace(b"ab", b""))
print(b"aaaa".replace(b"aa", b"b"), b"x".replace(b"y", b"z"), bytearray(b"abc").replace(b"b", b"BB"), b"abc".replace(bytearray(b"c"), memoryview(b"C")))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: b.startswith("h"))
show(lambda: b.startswith(["h"]))
show(lambda: b.endswith((b"d", "d")))
show(lambda: b.endswith(("d", b"d")))
show(lambda: b.startswith(b"h", "0"))
show(lambda: b.startswith())
show(lambda: b.startswith(b"h", start=0))
show(lambda: b.replace("l", b"L"))
show(lambda: b.replace(b"l", "L"))
show(lambda: b.replace(b"l"))
show(lambda: b.replace(b"l", b"L", "1"))
show(lambda: b.replace(b"l", b"L", 1.0))
show(lambda: b.replace(b"l", b"L", count=1))
