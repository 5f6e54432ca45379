# partition/rpartition: first/last occurrence, missing separators.
for s in ["key=value=x", "novalue", "", "=", "héllo→wörld→!", "😀|😀", "aaa"]:
    for sep in ["=", "→", "|", "aa", "😀", "zz"]:
        print(repr(s), repr(sep), s.partition(sep), s.rpartition(sep))

def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: "a".partition(""))
check(lambda: "a".rpartition(""))
check(lambda: "a".partition(1))
check(lambda: "a".rpartition(None))
check(lambda: "a".partition())
check(lambda: "a".partition("a", "b"))
