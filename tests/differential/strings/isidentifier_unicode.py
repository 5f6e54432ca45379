# isidentifier: XID_Start/XID_Continue, underscore, keywords count.
for s in ["", "a", "_", "_1", "1a", "a1", "class", "é", "変数", "a-b", "a b", "℘", "℮", "x\u0301",
          "\u0301x", "ª", "·", "a·", "ⅰ", "𝔘", "a\u200d", "$", "ǅ", "x²", "x₂", "ℕ", "゛", "a゛"]:
    print(ascii(s), s.isidentifier())
