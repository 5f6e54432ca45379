# str.join over lists, tuples, generators, dict keys and strings.
print(",".join(["a", "b", "c"]), "".join(("x", "y")), "-".join(c for c in "abc"))
print(" ".join({"k1": 1, "k2": 2}), "|".join("héllo"), "😀".join(["a", "b"]))
print(repr("".join([])), repr("x".join(["only"])), repr(", ".join(["", ""])))
print("é".join(["a", "b"]), "a".join(["é", "😀"]), len("→".join(["x"] * 1000)))

class S(str):
    pass
r = "".join([S("sub")])
print(r, type(r).__name__)

def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: ",".join([1, 2]))
check(lambda: ",".join(["a", b"b"]))
check(lambda: ",".join(["a", None, "c"]))
check(lambda: ",".join(5))
check(lambda: ",".join())
check(lambda: ",".join(x for x in [1]))
