# The strip family, partition/rpartition and removeprefix/removesuffix.
s = b"  \t\n\x0b\x0c spaced \r\n "
print(s.strip(), s.lstrip(), s.rstrip(), b"\x1cx\x1c".strip(), b"".strip())
print(b"xxhixx".strip(b"x"), b"xyhiyx".lstrip(b"xy"), b"xyhiyx".rstrip(bytearray(b"yx")), b"abc".strip(b""), b"aaa".strip(b"a"))
print(b"  x ".strip(None), bytearray(b"  x ").strip(), bytearray(b"xax").strip(b"x"), b"...".rstrip(memoryview(b".")))
print(b"key=value=more".partition(b"="), b"key=value=more".rpartition(b"="))
print(b"nothing".partition(b"="), b"nothing".rpartition(b"="))
print(b"a->b".partition(b"->"), b"a->b".partition(bytearray(b"->")))
print(bytearray(b"a=b").partition(b"="), bytearray(b"ab").rpartition(b"="))
print(b"prefix-body".removeprefix(b"prefix-"), b"body.suffix".removesuffix(b".suffix"), b"x".removeprefix(b""), b"abc".removesuffix(b"abcd"))
print(bytearray(b"pre-x").removeprefix(b"pre-"), b"abc".removeprefix(bytearray(b"a")))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: b"x".strip("x"))
show(lambda: b"x".strip(1))
show(lambda: b"x".lstrip(b"x", b"y"))
show(lambda: b"x".partition(b""))
show(lambda: b"x".rpartition(b""))
show(lambda: b"x".partition("x"))
show(lambda: b"x".partition())
show(lambda: b"x".removeprefix("x"))
show(lambda: b"x".removesuffix(None))
