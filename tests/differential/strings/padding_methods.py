# center/ljust/rjust with fill characters, odd widths, non-ASCII.
for s in ["", "a", "ab", "abc", "héllo", "😀"]:
    for w in (-1, 0, 1, 2, 5, 6, 7, 8):
        print(repr(s), w, repr(s.center(w)), repr(s.ljust(w, "*")), repr(s.rjust(w, "é")), repr(s.center(w, "😀")))

def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: "a".center(5, 1))
check(lambda: "a".center(5, "ab"))
check(lambda: "a".ljust(5, ""))
check(lambda: "a".rjust("5"))
check(lambda: "a".center(5.0))
check(lambda: "a".center())
check(lambda: "a".center(1, 2, 3))
check(lambda: "a".ljust(width=3))
check(lambda: "a".rjust(2**70))
