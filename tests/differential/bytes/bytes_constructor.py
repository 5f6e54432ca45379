# bytes(): every form of the constructor and its errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: bytes())
show(lambda: bytes(0))
show(lambda: bytes(4))
show(lambda: bytes(True))
show(lambda: bytes([0, 65, 255]))
show(lambda: bytes((104, 105)))
show(lambda: bytes(range(97, 101)))
show(lambda: bytes(iter([1, 2, 3])))
show(lambda: bytes(x for x in b"gen"))
show(lambda: bytes({7: "a"}))
show(lambda: bytes(b"copy"))
show(lambda: bytes(bytearray(b"from bytearray")))
show(lambda: bytes(memoryview(b"from view")))
show(lambda: bytes("text", "ascii"))
show(lambda: bytes("caf\u00e9", "utf-8"))
show(lambda: bytes("caf\u00e9", encoding="latin-1"))
show(lambda: bytes("caf\u00e9", "ascii", "replace"))
show(lambda: bytes(source="x", encoding="utf-8", errors="strict"))

class WithBytes:
    def __bytes__(self):
        return b"from __bytes__"
class BadBytes:
    def __bytes__(self):
        return "not bytes"
class Index:
    def __index__(self):
        return 3
class ByteItem:
    def __index__(self):
        return 66

show(lambda: bytes(WithBytes()))
show(lambda: bytes(BadBytes()))
show(lambda: bytes(Index()))
show(lambda: bytes([ByteItem(), 67]))

# Errors
show(lambda: bytes("text"))
show(lambda: bytes("text", errors="strict"))
show(lambda: bytes(1, "ascii"))
show(lambda: bytes(b"x", "ascii"))
show(lambda: bytes(encoding="ascii"))
show(lambda: bytes(errors="strict"))
show(lambda: bytes(-1))
show(lambda: bytes(1.5))
show(lambda: bytes(None))
show(lambda: bytes(object()))
show(lambda: bytes([256]))
show(lambda: bytes([-1]))
show(lambda: bytes([1, "a"]))
show(lambda: bytes([1.0]))
show(lambda: bytes("x", 1))
show(lambda: bytes("x", "ascii", 2))
show(lambda: bytes("x", "no-such-codec"))
show(lambda: bytes("\u00e9", "ascii"))
show(lambda: bytes(x=1))
show(lambda: bytes(1, 2, 3, 4))
show(lambda: bytes(2**70))
print(type(bytes()), bytes is type(b""), isinstance(b"", bytes))
