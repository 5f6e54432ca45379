# str(), bytes() and bytearray() with encodings, and their argument errors.
print(str(b"caf\xc3\xa9", "utf-8"), str(bytearray(b"abc"), "ascii"), str(memoryview(b"mv"), "latin-1"), str(b"x", encoding="utf-8"))
print(bytes("caf\u00e9", "utf-8"), bytes("caf\u00e9", "latin-1"), bytearray("caf\u00e9", "utf-16-le"), bytes("\u00e9", "ascii", "xmlcharrefreplace"))
print(str(b"abc"), str(b"x", "utf-8", "strict"), repr(str(b"", "utf-8")))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: str(b"x", 1))
show(lambda: str(b"x", "utf-8", 1))
show(lambda: str(b"x", errors=1))
show(lambda: str(1, "utf-8"))
show(lambda: str("text", "utf-8"))
show(lambda: str([], "utf-8"))
show(lambda: str(b"\xff", "utf-8"))
show(lambda: str(b"x", "bogus"))
show(lambda: bytes("x", 1))
show(lambda: bytes("x", "utf-8", 1))
show(lambda: bytearray("x", 1))
show(lambda: bytearray("\u00e9", "ascii"))
show(lambda: bytearray("x", errors="strict"))
show(lambda: bytearray(1, errors="strict"))
show(lambda: bytes(b"x", errors="strict"))
released = memoryview(b"x")
released.release()
show(lambda: str(released, "utf-8"))
