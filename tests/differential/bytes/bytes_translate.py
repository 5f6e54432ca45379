# translate() and maketrans().
table = bytes.maketrans(b"abc", b"xyz")
print(len(table), table[97:100], table[:5], type(table).__name__)
print(b"aabbcc".translate(table), b"abcdef".translate(table, b"de"), b"abc".translate(None), b"abc".translate(None, b"b"))
print(b"hello".translate(None, delete=b"l"), bytearray(b"abc").translate(table), b"abc".translate(bytearray(table), memoryview(b"a")))
print(bytearray.maketrans(b"a", b"b")[97:99], type(bytearray.maketrans(b"", b"")).__name__, bytes.maketrans(bytearray(b"q"), memoryview(b"r"))[113])
upper = bytes.maketrans(b"abcdefghijklmnopqrstuvwxyz", b"ABCDEFGHIJKLMNOPQRSTUVWXYZ")
print(b"rot me".translate(upper))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: b"abc".translate(b"short"))
show(lambda: b"abc".translate("x" * 256))
show(lambda: b"abc".translate(None, "b"))
show(lambda: b"abc".translate(table=None))
show(lambda: b"abc".translate())
show(lambda: b"abc".translate(None, b"a", b"b"))
show(lambda: bytes.maketrans(b"ab", b"c"))
show(lambda: bytes.maketrans("ab", b"cd"))
show(lambda: bytes.maketrans(b"ab"))
