# Every code point (surrogates excepted) through every case mapping, and the
# Cased/Case_Ignorable properties as the final-sigma rule reveals them.
M = (1 << 61) - 1
chars = [chr(cp) for cp in range(0x110000) if not 0xD800 <= cp < 0xE000]
for name in ["lower", "upper", "title", "casefold", "swapcase", "capitalize"]:
    f = getattr(str, name)
    h = changed = longer = 0
    for c in chars:
        m = f(c)
        if m != c:
            changed += 1
            longer += len(m) > 1
            for x in m:
                h = (h * 1000003 + ord(x)) % M
    print(name, changed, longer, h)
h = 0
for c in chars:
    if ("A" + c + "\u03a3").lower()[-1] == "\u03c2":
        h = (h * 1000003 + ord(c)) % M
print("sigma-before", h)
h = 0
for c in chars:
    if ("A\u03a3" + c).lower()[1] == "\u03c2":
        h = (h * 1000003 + ord(c)) % M
print("sigma-after", h)
