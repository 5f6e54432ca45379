# str.split() without a separator: runs of Unicode whitespace separate.
texts = [
    "", "   ", "a", "  a  ", "a b  c\t\td\n\ne", " \x1c\x1d\x1e\x1fx\x0b\x0cy ",
    "é\u3000ü\u2028ö\u0085z\u00a0w", "word\u200bjoined", "a\u180eb", "😀 😁\t😂",
    "  lead and trail  ",
]
for s in texts:
    print(repr(s), s.split(), s.split(None))
    for n in (0, 1, 2, -1):
        print("  ", n, s.split(None, n), s.split(maxsplit=n))
