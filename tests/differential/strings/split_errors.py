# Error paths of split/rsplit.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: "a".split(""))
check(lambda: "a".rsplit(""))
check(lambda: "a".split(1))
check(lambda: "a".rsplit(b"a"))
check(lambda: "a".split(",", "2"))
check(lambda: "a".split(",", 1.5))
check(lambda: "a".split(",", 1, 2))
check(lambda: "a".split(x=1))
check(lambda: "a".split(",", sep=","))
check(lambda: "a".rsplit(maxsplit=None))
check(lambda: "a b".split(None, 2**70))
