# center/ljust/rjust/zfill/expandtabs.
for width in [0, 2, 5, 6, 7]:
    print(b"ab".center(width), b"abc".center(width, b"*"), b"ab".ljust(width, b"-"), b"ab".rjust(width, bytearray(b".")))
print(b"42".zfill(5), b"-42".zfill(5), b"+42".zfill(2), b"".zfill(3), b"-".zfill(3), b"a-1".zfill(5), bytearray(b"7").zfill(3))
print(b"a\tb\tc".expandtabs(), b"a\tbc\td".expandtabs(4), b"\tx\n\ty\r\tz".expandtabs(2), b"a\tb".expandtabs(0), b"a\tb".expandtabs(-3))
print(b"12345\t6".expandtabs(tabsize=5), bytearray(b"\t").expandtabs(1), b"no tabs".expandtabs())

class W:
    def __index__(self):
        return 6
print(b"x".center(W(), b"="), b"x".zfill(W()))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: b"x".center())
show(lambda: b"x".center(5, "*"))
show(lambda: b"x".center(5, b"**"))
show(lambda: b"x".ljust(5, 42))
show(lambda: b"x".rjust(5, None))
show(lambda: b"x".rjust(5, memoryview(b"*")))
show(lambda: b"x".center(1.5))
show(lambda: b"x".zfill("5"))
show(lambda: b"x".zfill())
show(lambda: b"x".expandtabs("8"))
show(lambda: b"x".expandtabs(size=8))
show(lambda: b"x".center(5, b"*", 1))
