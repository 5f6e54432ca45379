# hex() with separators and fromhex() with whitespace, on bytes,
# bytearray, memoryview and subclasses.
b = b"\x00\x01\xab\xcd\xef\x10\x7f"
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex("-", -2), b.hex(b" ", 3), b.hex(sep="_", bytes_per_sep=4), b.hex(":", 0), b.hex(":", 100))
print(b"".hex(), b"".hex(":"), bytearray(b).hex("."), memoryview(b).hex(), memoryview(b)[::2].hex(":"))
print(bytes.fromhex(""), bytes.fromhex("00ff"), bytes.fromhex(" 0A bc\tDe\n"), bytes.fromhex("  "), bytearray.fromhex("de ad be ef"))

class B(bytes):
    pass
class BA(bytearray):
    pass
for cls in [B, BA]:
    r = cls.fromhex("4142")
    print(type(r).__name__, r)
print(b"x".fromhex("41"), bytearray(b"x").fromhex("42"))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: bytes.fromhex("0"))
show(lambda: bytes.fromhex("zz"))
show(lambda: bytes.fromhex("0 0"))
show(lambda: bytes.fromhex("ab cd e"))
show(lambda: bytes.fromhex("12\x1c34"))
show(lambda: bytes.fromhex("ab\u00e9"))
show(lambda: bytes.fromhex(b"ab"))
show(lambda: bytes.fromhex())
show(lambda: bytearray.fromhex(12))
show(lambda: b.hex(""))
show(lambda: b.hex("::"))
show(lambda: b.hex("\u00e9"))
show(lambda: b.hex(b"\xff"))
show(lambda: b.hex(1))
show(lambda: b.hex(":", "2"))
show(lambda: b.hex(x=1))
show(lambda: b.hex(":", 1, 2))
