# Every code point (surrogates excepted) through every predicate; one digest
# per predicate, so any disagreement with Unicode 15.0.0 shows up.
M = (1 << 61) - 1
chars = [chr(cp) for cp in range(0x110000) if not 0xD800 <= cp < 0xE000]
for name in ["isalpha", "isdecimal", "isdigit", "isnumeric", "isalnum", "isspace", "islower",
             "isupper", "istitle", "isprintable", "isidentifier"]:
    f = getattr(str, name)
    h = n = 0
    for c in chars:
        if f(c):
            h = (h * 1000003 + ord(c)) % M
            n += 1
    print(name, n, h)
