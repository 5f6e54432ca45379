# removeprefix/removesuffix.
for s in ["", "abc", "aaa", "héllo", "😀x😀"]:
    for a in ["", "a", "ab", "abc", "abcd", "hé", "😀", "x😀", "aa"]:
        print(repr(s), repr(a), repr(s.removeprefix(a)), repr(s.removesuffix(a)))

def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: "a".removeprefix(1))
check(lambda: "a".removesuffix(None))
check(lambda: "a".removeprefix())
check(lambda: "a".removesuffix("a", "b"))
