# repr() and str() of bytes and bytearray, as CPython writes them.
samples = [
    b"",
    b"plain",
    b"it's",
    b'say "hi"',
    b"both ' and \"",
    b"\\back\\slash",
    b"\t\n\r\x0b\x0c",
    b"\x00\x01\x7f\x80\xff",
    bytes(range(0, 256, 7)),
]
for s in samples:
    print(repr(s), str(s), len(repr(s)))
    print(repr(bytearray(s)))
print([b"a", bytearray(b"b")])
print({b"k": bytearray(b"v")})
print(f"{b'fmt'}", f"{b'fmt'!r}", "%s" % b"pct", "%r" % bytearray(b"x"))
print(ascii(b"\xe9"), format(b"x"), str(b"x", "ascii"))

class Sub(bytes):
    pass
class SubArray(bytearray):
    pass
print(repr(Sub(b"sub")), repr(SubArray(b"arr'\"")), repr(SubArray()))
