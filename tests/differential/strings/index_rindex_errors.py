# index/rindex results and their errors.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: "hello".index("l"))
check(lambda: "hello".rindex("l"))
check(lambda: "héllo".index("l", 3))
check(lambda: "😀😁😀".rindex("😀", 0, 2))
check(lambda: "hello".index("z"))
check(lambda: "hello".rindex("z"))
check(lambda: "hello".index("h", 1))
check(lambda: "hello".index(1))
check(lambda: "hello".index())
check(lambda: "hello".index("l", 1, 2, 3))
check(lambda: "hello".index(sub="l"))
check(lambda: "hello".find("l", "1"))
check(lambda: "hello".find("l", 0, 1.5))
check(lambda: "hello".rfind(None))
check(lambda: "hello".index("", 6))
check(lambda: "hello".index("", 5))
