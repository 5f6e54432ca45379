# Wrong argument counts and keywords give CPython's messages.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: "a".upper(1))
check(lambda: "a".isalpha(1))
check(lambda: "a".join())
check(lambda: "a".partition())
check(lambda: "a".translate())
check(lambda: "a".format_map({}, 1))
check(lambda: "a".title(x=1))
check(lambda: "a".strip("a", "b"))
check(lambda: "a".center(1, 2, 3))
check(lambda: str.lower(1))
check(lambda: str.upper())
check(lambda: "a".startswith())
check(lambda: "a".find())
check(lambda: "a".rfind("a", 1, 2, 3))
check(lambda: "a".istitle(None))
