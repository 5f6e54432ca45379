# ASCII case conversions and is* predicates: bytes above 0x7f are never
# letters, digits or space.
samples = [b"", b"hello World", b"MiXeD 123_x", b"\xe9t\xc9", b"title Case-words", b"ALL CAPS", b"  \t\n", b"123", b"a1", b"\x1c\x1f"]
for s in samples:
    print(s.upper(), s.lower(), s.swapcase(), s.capitalize(), s.title())
    print(s.isalpha(), s.isalnum(), s.isdigit(), s.isspace(), s.isascii(), s.isupper(), s.islower(), s.istitle())
print(b"\x80".isascii(), b"\x7f".isascii(), b"aBc1 dEF_gh".title(), b"o'neil 2nd".title(), b"\xe9abc".capitalize())
print(bytearray(b"MiXeD").swapcase(), bytearray(b"x").isalpha(), type(bytearray(b"a").upper()).__name__)
try:
    b"x".upper(1)
except TypeError as e:
    print("TypeError", e)
try:
    bytearray(b"x").isdigit(None)
except TypeError as e:
    print("TypeError", e)
try:
    bytes.lower("str")
except TypeError as e:
    print("TypeError", e)
