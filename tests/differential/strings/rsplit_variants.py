# str.rsplit: splits from the right, with and without separators.
texts = ["a,b,c,d", ",a,,b,", "", "aaaa", "  a b  c  ", "éa→b→c→", "x😀y😀z😀"]
for s in texts:
    for sep in (None, ",", "→", "aa", "😀"):
        out = [s.rsplit(sep)]
        for n in (0, 1, 2, -1, 100):
            out.append(s.rsplit(sep, n))
        print(repr(s), repr(sep), out)
print("a  b  c".rsplit(maxsplit=1), "a-b-c".rsplit(sep="-", maxsplit=1))
