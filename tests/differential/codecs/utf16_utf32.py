# UTF-16 and UTF-32: byte-order marks, both byte orders, round trips and
# decoding errors.
text = "A\u00e9\u20ac\U0001f600"
for codec in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "UTF16", "utf_32_be"]:
    data = text.encode(codec)
    print(codec, data.hex(" "), data.decode(codec) == text, len(data))
print(b"\xff\xfeA\x00".decode("utf-16"), b"\xfe\xff\x00A".decode("utf-16"), b"A\x00".decode("utf-16"), ascii(b"\xff\xfeA\x00".decode("utf-16-le")))
print(b"\xff\xfe\x00\x00A\x00\x00\x00".decode("utf-32"), b"\x00\x00\xfe\xff\x00\x00\x00A".decode("utf-32"), repr(b"".decode("utf-16")), repr(b"\xff\xfe".decode("utf-16")))
print("".encode("utf-16"), "".encode("utf-32"), "".encode("utf-16-be"))
bad = [(b"\xff\xfeA", "utf-16"), (b"\xfe\xff\x00", "utf-16"), (b"A", "utf-16-le"), (b"\x00\xd8", "utf-16-le"), (b"\x00\xd8A", "utf-16-le"),
       (b"\x00\xd8A\x00", "utf-16-le"), (b"\x00\xdcA\x00", "utf-16-le"), (b"\xd8\x00\x00A", "utf-16-be"), (b"abc", "utf-32"),
       (b"\x00\x00\x11\x00", "utf-32-le"), (b"\x00\xd8\x00\x00", "utf-32-le"), (b"\x00\x00\xd8\x00", "utf-32-be"), (b"\xff\xfe\x00\x00A", "utf-32")]
for data, codec in bad:
    try:
        print(ascii(data.decode(codec)))
    except UnicodeDecodeError as e:
        print(codec, e, "|", e.encoding, e.start, e.end, e.object)
    print(" ", ascii(data.decode(codec, "replace")), ascii(data.decode(codec, "ignore")), ascii(data.decode(codec, "backslashreplace")))
