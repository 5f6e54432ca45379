# translate error paths.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: "a".translate(1))
check(lambda: "a".translate(None))
check(lambda: "a".translate({97: 1.5}))
check(lambda: "a".translate({97: 0x110000}))
check(lambda: "a".translate({97: -1}))
check(lambda: "a".translate({97: b"x"}))
check(lambda: "a".translate())
check(lambda: "".translate(1))

class Bad:
    def __getitem__(self, k):
        raise ValueError("boom")
check(lambda: "a".translate(Bad()))
