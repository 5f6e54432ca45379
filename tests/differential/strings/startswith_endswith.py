# startswith/endswith with strings, tuples and start/end ranges.
texts = ["hello world", "", "héllo", "😀abc😀", "aaa"]
for s in texts:
    for p in ["", "h", "hé", "😀", "abc", "world", ("x", "h"), ("world", "aaa"), (), ("", "zz")]:
        row = []
        for b in [(), (1,), (-3,), (0, 3), (2, 1), (100,), (-100, 2), (None, None), (0, 2**70)]:
            row.append((s.startswith(p, *b), s.endswith(p, *b)))
        print(repr(s), repr(p), row)
print("abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("", 3), "abc".endswith("", 4))
