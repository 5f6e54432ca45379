# expandtabs: column tracking, \r and \n reset, odd tab sizes.
for s in ["", "a\tb", "\t", "ab\tc\td", "abcdefgh\tx", "a\nb\tc", "a\rbc\td", "é\tü\t😀\tx", "no tabs"]:
    print(repr(s), [s.expandtabs(n) for n in (0, 1, 2, 3, 4, 8, -1)], repr(s.expandtabs()), repr(s.expandtabs(tabsize=4)))

def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: "a\tb".expandtabs("4"))
check(lambda: "a\tb".expandtabs(4.0))
check(lambda: "a\tb".expandtabs(None))
check(lambda: "a\tb".expandtabs(1, 2))
check(lambda: "a\tb".expandtabs(size=2))
