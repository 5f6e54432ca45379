# Encoding names are normalized and resolved through CPython's aliases.
names = ["utf-8", "UTF-8", "utf8", "UTF8", "utf_8", "U8", " utf 8 ", "cp65001", "utf-8-sig", "latin-1", "latin1", "Latin 1", "L1",
         "iso-8859-1", "ISO_8859-1", "iso8859.1", "8859", "cp819", "ascii", "US-ASCII", "646", "us", "utf-16", "UTF16", "utf_16le",
         "UnicodeLittleUnmarked", "utf-32", "u32", "utf_32_be"]
for name in names:
    print(repr(name), "h\u00e9".encode(name, "replace"), b"h\xc3\xa9".decode(name, "replace") if "16" not in name and "32" not in name else "")
for name in ["foo", "utf.8", "utf-9", "", "latin_1.x"]:
    for call in [lambda: "x".encode(name), lambda: b"x".decode(name), lambda: str(b"x", name), lambda: bytes("x", name)]:
        try:
            call()
        except LookupError as e:
            print(type(e).__name__, e)
for name in ["hex", "HEX", "base64", "rot-13", "zlib", "uu"]:
    try:
        "x".encode(name)
    except LookupError as e:
        print(type(e).__name__, e)
    try:
        b"x".decode(name)
    except LookupError as e:
        print(type(e).__name__, e)
print(b"\xef\xbb\xbfbom".decode("utf-8-sig"), b"nobom".decode("utf-8-sig"), "x".encode("utf-8-sig"), ascii(b"\xef\xbb\xbfx".decode("utf-8")))
try:
    b"\xef\xbb\xbfa\xff".decode("utf-8-sig")
except UnicodeDecodeError as e:
    print(e, e.object, e.start)
