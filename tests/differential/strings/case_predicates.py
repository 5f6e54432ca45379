# istitle/islower/isupper with uncased characters and titlecase letters.
for s in ["", "abc", "ABC", "Abc", "aBC", "123", "a1", "A1", "Hello World", "Hello world", "HELLO World",
          "ǅ", "ǅemal", "ǅEmal", "ß", "ẞ", "ʰ", "ª", "Σ", "ΣΑΣ Οδος", "Ⓐ", "ⓐ", "A.B", "a_B", "Ⅻ", "ⅻ", "😀"]:
    print(ascii(s), s.istitle(), s.islower(), s.isupper(), s.isascii())
