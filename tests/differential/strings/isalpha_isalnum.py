# isalpha/isalnum across scripts, marks and numbers.
for s in ["", "abc", "abc1", "é", "ǅ", "ª", "ʰ", "漢字", "\u0301", "a\u0301", "Ⅻ", "½", "²", "٣", "😀", "a b", "_", "𝔘𝔫𝔦", "ǃ"]:
    print(ascii(s), s.isalpha(), s.isalnum())
