# len() and comparisons of strings.
for s in ["", "a", "hello", "héllo", "日本", "a\nb", "\t", "😀😀", "\\"]:
    print(repr(s), len(s))
print("abc" == "abc", "abc" == "ABC", "abc" != "abd", "abc" != None)
print("a" < "b" < "c", "abc" < "abcd", "b" > "abcd")
print(len("x" * 1000), len("ab" * 500 + "c"))
s1 = "hel" + "lo"
print(s1 == "hello", s1 < "help", s1 > "hell")
