# Lexicographic string comparison by code point.
print("a" < "b", "abc" < "abd", "ab" < "abc", "" < "a", "B" < "a", "Z" < "a")
print("apple" == "apple", "apple" != "Apple", "apple" > "Apple")
print("10" < "9", "100" < "20", "abc" <= "abc", "abc" >= "abd")
print("é" > "e", "ä" < "b", "\u00ff" < "\u0100", "😀" > "中")
print(" " < "!", "a " > "a", "aa" > "a" * 1)
words = ["pear", "Apple", "banana", "apple", "Banana", "cherry"]
smallest = words[0]
for w in words:
    if w < smallest:
        smallest = w
print(smallest, max(words), min(words))
