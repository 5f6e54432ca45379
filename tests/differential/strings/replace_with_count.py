# replace with and without count, empty old strings, non-ASCII.
cases = [
    ("hello world", "o", "0"), ("aaaa", "a", "bb"), ("aaaa", "aa", "b"), ("abc", "", "-"),
    ("", "", "x"), ("", "a", "b"), ("héllo", "é", "e"), ("😀x😀", "😀", "🙂"),
    ("abc", "abc", ""), ("abc", "d", "e"), ("ééé", "", "|"),
]
for s, old, new in cases:
    print(repr(s), [s.replace(old, new, n) for n in (-1, 0, 1, 2, 100)], s.replace(old, new))

def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: "a".replace(1, "b"))
check(lambda: "a".replace("a", 2))
check(lambda: "a".replace("a", "b", "c"))
check(lambda: "a".replace("a", "b", 1.0))
check(lambda: "a".replace("a"))
check(lambda: "a".replace("a", "b", 1, 2))
check(lambda: "a".replace("a", "b", count=1))
