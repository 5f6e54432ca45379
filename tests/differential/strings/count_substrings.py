# count: non-overlapping occurrences, empty needles and ranges.
texts = ["", "aaaa", "abababa", "héllo héllo", "😀😀😀", "mississippi"]
for s in texts:
    for sub in ["", "a", "aa", "aba", "é", "😀", "ss", "issi"]:
        print(repr(s), repr(sub), s.count(sub), s.count(sub, 1), s.count(sub, -2),
              s.count(sub, 1, -1), s.count(sub, 10), s.count(sub, 0, 0), s.count(sub, 3, 1))
print("abc".count("", 3), "abc".count("", 4), "".count(""), "".count("", 1))

def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: "a".count())
check(lambda: "a".count(1))
check(lambda: "a".count("a", 1, 2, 3))
check(lambda: "a".count("a", start=0))
check(lambda: "a".count("a", "x"))
