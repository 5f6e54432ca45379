# Slicing by code point with steps over ASCII, non-ASCII and non-BMP text.
for s in ["abcdefghij", "héllo wörld", "😀a😁b😂c🤣d", "", "é", "a\U0010ffffb\u0800c"]:
    out = []
    for sl in [slice(None), slice(1, None), slice(None, -1), slice(2, 5), slice(None, None, 2), slice(1, None, 3),
               slice(None, None, -1), slice(-2, None, -2), slice(5, 1, -1), slice(1, 5, -1), slice(-100, 100),
               slice(100, -100, -3), slice(3, 3), slice(-1, -4, -1)]:
        out.append(s[sl])
    print(ascii(s), [ascii(x) for x in out])
t = "é😀" * 50
print(ascii(t[::7]), ascii(t[::-13]), len(t[1::2]), t[::-1] == "".join(reversed(t)))
