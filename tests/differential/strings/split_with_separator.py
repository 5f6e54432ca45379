# str.split with an explicit separator, with and without maxsplit.
cases = [
    ("a,b,c", ","), ("a,,b,", ","), (",", ","), ("", ","), ("abc", ","),
    ("a--b--c", "--"), ("aaa", "aa"), ("aaaa", "aa"), ("héllo wörld", "ö"),
    ("x😀y😀z", "😀"), ("1<>2<>3<>", "<>"), ("  a  b ", " "),
]
for s, sep in cases:
    print(repr(s), repr(sep), s.split(sep))
    for n in (-5, -1, 0, 1, 2, 10):
        print("  maxsplit", n, s.split(sep, n), s.split(sep=sep, maxsplit=n))
print("a b".split(sep=None), "a,b".split(",", maxsplit=True))
