# Substring tests with in / not in.
s = "the quick brown fox"
for sub in ["quick", "fox", "the q", "", "Quick", "x", " ", "fox!", s, s + " "]:
    print(repr(sub), sub in s, sub not in s)
print("" in "", "a" in "", "日" in "日本", "😀" in "a😀b")
