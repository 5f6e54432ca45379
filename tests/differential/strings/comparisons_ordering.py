# Comparisons are by code point; mixed types raise.
words = ["b", "a", "", "ab", "aB", "é", "e", "😀", "\uffff", "z", "Z", "é", "\u00e9\u0301"]
print(sorted(words))
for a in ["a", "é", "😀", "\uffff"]:
    print([(a < b, a <= b, a == b, a != b, a > b, a >= b) for b in ["a", "é", "😀", "\uffff"]])
print("abc" == "abc", max(words), min(words), "a" < "aa" < "b")

def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: "a" < 1)
check(lambda: "a" >= None)
check(lambda: "a" == 1)
check(lambda: [1] < "a")
