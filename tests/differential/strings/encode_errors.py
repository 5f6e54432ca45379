# encode failures: UnicodeEncodeError details, unknown codecs and handlers.
def check(f):
    try:
        print(repr(f()))
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e, "|", e.encoding, ascii(e.object), e.start, e.end, e.reason)
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: "é".encode("ascii"))
check(lambda: "abéè€z".encode("ascii"))
check(lambda: "a€".encode("latin-1"))
check(lambda: "a😀".encode("latin-1", "strict"))
check(lambda: "é".encode("ascii", "surrogateescape"))
check(lambda: "é".encode("nope"))
check(lambda: "é".encode("ascii", "bogus"))
check(lambda: "a".encode("ascii", "bogus"))
check(lambda: "a".encode(1))
check(lambda: "a".encode("utf-8", 1))
check(lambda: "a".encode("a", "b", "c"))
check(lambda: "a".encode(x=1))
check(lambda: "a".encode("utf-8", encoding="utf-8"))
check(lambda: bytes("é", "ascii"))
check(lambda: bytes("é", "latin-1"))
