# Full case mappings that change the length of the text.
for s in ["ß", "ŉ", "ǰ", "ﬁ", "ﬀ", "ﬃ", "ﬆ", "İ", "ΐ", "ΰ", "և", "ẖ", "ẚ", "ᾳ", "ᾼ", "ῼ", "ﬓ", "straße", "ﬁnal ﬂow"]:
    out = [s.upper(), s.lower(), s.title(), s.capitalize(), s.casefold(), s.swapcase()]
    print(repr(s), [ascii(x) for x in out], [len(x) for x in out])
