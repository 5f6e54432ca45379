# str.maketrans with a dict, two strings, or three strings.
print(str.maketrans({"a": "1", "b": None, 99: "xyz", 100: 101}))
print(str.maketrans("abc", "xyz"), str.maketrans("", ""), str.maketrans("é😀", "e:", "!?"))
print("".maketrans("a", "b"), str.maketrans({}))

def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: str.maketrans(1))
check(lambda: str.maketrans({"ab": 1}))
check(lambda: str.maketrans({1.5: 1}))
check(lambda: str.maketrans("a", "bc"))
check(lambda: str.maketrans("a", 1))
check(lambda: str.maketrans(1, "a"))
check(lambda: str.maketrans("a", "b", None))
check(lambda: str.maketrans())
check(lambda: str.maketrans("a", "b", "c", "d"))
check(lambda: str.maketrans(x={}))
