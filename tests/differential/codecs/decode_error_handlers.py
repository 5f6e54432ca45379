# Error handlers when decoding, for every codec.
data = b"a\xff\xfeb\x80"
for codec in ["ascii", "utf-8", "latin-1"]:
    for handler in ["strict", "ignore", "replace", "backslashreplace"]:
        try:
            print(codec, handler, ascii(data.decode(codec, handler)))
        except UnicodeDecodeError as e:
            print(codec, handler, type(e).__name__, e)
print(ascii(b"ab".decode("ascii", "no-such-handler")))
for handler in ["no-such-handler", "xmlcharrefreplace", "namereplace"]:
    try:
        data.decode("ascii", handler)
    except (LookupError, TypeError) as e:
        print(handler, type(e).__name__, e)
print(ascii(b"\x00\xd8a\x00".decode("utf-16-le", "replace")), ascii(b"\x00\xd8a\x00".decode("utf-16-le", "backslashreplace")))
print(ascii(b"abc".decode("utf-32", "replace")), ascii(b"abc".decode("utf-32", "ignore")))
print(ascii(b"\x80abc".decode(errors="replace")), ascii(b"\x80abc".decode(encoding="ascii", errors="ignore")))
print(ascii(str(b"\xff", "utf-8", "replace")), ascii(str(b"\xff", errors="ignore")), ascii(str(b"x\xff", encoding="latin-1")))
for args in [(1,), ("utf-8", 1), (None,), ("utf-8", None)]:
    try:
        b"x".decode(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    b"x".decode(x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"x".decode("utf-8", "strict", 1)
except TypeError as e:
    print(type(e).__name__, e)
