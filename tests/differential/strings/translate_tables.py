# translate with dicts, lists and custom mappings.
t = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(t), "héllo".translate({ord("é"): "e", ord("l"): "L"}))
print("hello".translate({104: None, 101: 0x1F600, 108: "LL"}), "".translate({}))
print("abc".translate([None] * 98 + ["B"]), "abc".translate({}))

class Table:
    def __getitem__(self, k):
        if k == ord("a"):
            return "A"
        raise LookupError(k)

print("banana".translate(Table()))

class Upper(dict):
    def __missing__(self, k):
        return k - 32 if 97 <= k <= 122 else None
print("abc, def!".translate(Upper()))
print("😀x😀".translate({0x1F600: "*"}), "abc".translate({97: "", 98: "bb"}))
