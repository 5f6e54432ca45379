# UTF-8 decoding errors: the malformed ranges, reasons and attributes.
samples = [b"\xff", b"ok\x80", b"\xc3", b"a\xc3", b"\xe2\x82", b"\xe2\x82A", b"\xed\xa0\x80", b"\xf0\x90\x80", b"\xf4\x90\x80\x80",
           b"\xc0\x80", b"\xf8\x88\x80\x80\x80", b"\xe0\x80\x80", b"caf\xc3\xa9 \xff end"]
for data in samples:
    try:
        print(repr(data.decode()))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
        print(" ", e.encoding, e.object, e.start, e.end, e.reason, e.args)
    for handler in ["replace", "ignore", "backslashreplace"]:
        print(" ", handler, ascii(data.decode("utf-8", handler)))
print("caf\u00e9 \U0001f600".encode().decode("utf-8"), b"".decode(), bytearray(b"\xc3\xa9").decode(), memoryview(b"\xc3\xa9x")[:2].tobytes().decode())
try:
    bytearray(b"\xff").decode()
except UnicodeDecodeError as e:
    print(type(e.object).__name__, e.object, e)
print(isinstance(UnicodeDecodeError("x", b"", 0, 1, "r"), ValueError), UnicodeDecodeError.__mro__[1].__name__)
e = UnicodeDecodeError("utf-8", b"ab\xffcd", 2, 3, "invalid start byte")
print(str(e), e.start, e.end)
e = UnicodeDecodeError("ascii", b"\xff\xfe", 0, 2, "nope")
print(str(e))
