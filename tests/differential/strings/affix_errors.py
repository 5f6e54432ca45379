# Error messages of startswith/endswith.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: "a".startswith(1))
check(lambda: "a".endswith(["a"]))
check(lambda: "a".startswith(("a", 1)))
check(lambda: "a".endswith((b"a",)))
check(lambda: "a".startswith())
check(lambda: "a".endswith("a", 0, 1, 2))
check(lambda: "a".startswith(prefix="a"))
check(lambda: "a".startswith("a", "0"))
check(lambda: "a".endswith("a", 0, 1.5))
check(lambda: "a".startswith(("b", "a"), None, None))
