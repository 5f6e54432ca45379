# Unicode strings: length, indexing, repr.
s = "héllo wörld"
print(s, len(s))
print(s[1], s[7], s[-1])
e = "日本語テキスト"
print(e, len(e), e[0], e[2:4])
emoji = "a😀b"
print(emoji, len(emoji), emoji[1])
print(repr(s), repr(e), repr(emoji))
print(repr("\u200b"), repr("\u00a0"), repr("\u2028"))
print(repr("\xe9"), repr("\xad"))
print("\u00e9" == "é", "\U0001F600" == "😀", "\u4e2d" == "中")
print("é" < "z", "z" < "é", "a" < "ä")
print("Straße" == "Strasse")
