# zfill: zeros after a leading sign, widths below the length.
for s in ["", "1", "-1", "+1", "--1", "abc", "-", "+", "é", "-é", "12.5", " -3"]:
    print(repr(s), [s.zfill(n) for n in (-1, 0, 1, 2, 3, 5)])

def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: "1".zfill("3"))
check(lambda: "1".zfill())
check(lambda: "1".zfill(width=3))
check(lambda: "1".zfill(2**70))
