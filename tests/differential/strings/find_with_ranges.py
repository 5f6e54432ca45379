# find/rfind with start/end, negative and out-of-range bounds, non-ASCII.
texts = ["hello world", "", "aaa", "héllo wörld hé", "😀a😀b😀", "abcabcabc"]
subs = ["", "l", "o", "hé", "😀", "abc", "zz", "ö"]
bounds = [(), (0,), (2,), (-3,), (100,), (-100,), (1, 5), (3, 2), (0, -1), (-5, -2), (None, 4), (2, None), (None, None), (0, 100)]
for s in texts:
    for sub in subs:
        row = []
        for b in bounds:
            row.append((s.find(sub, *b), s.rfind(sub, *b)))
        print(repr(s), repr(sub), row)
print("abc".find("", 3), "abc".find("", 4), "abc".rfind("", 4), "abc".rfind("", 3))
print("abc".find("c", 2**70), "abc".find("a", -2**70), "abc".rfind("c", 0, 2**70))

class I:
    def __index__(self):
        return 1
print("abab".find("a", I()), "abab".rfind("b", 0, I()))
