# strip/lstrip/rstrip with default whitespace and with character sets.
texts = ["", "  ", "  a b  ", "\t\n x \x0b\x0c\r", "\u3000é\u2029", "xxhixx", "abcba", "😀a😀", "\x1c\x1fz\x1e"]
for s in texts:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(None)))
    for chars in ("x", "ab", "😀", "", "é\u3000", " a"):
        print("   ", repr(chars), repr(s.strip(chars)), repr(s.lstrip(chars)), repr(s.rstrip(chars)))

def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: "a".strip(1))
check(lambda: "a".lstrip(["a"]))
check(lambda: "a".rstrip(b"a"))
check(lambda: "a".strip("a", "b"))
check(lambda: "a".strip(chars="a"))
