# isdecimal/isdigit/isnumeric: Nd digits, superscripts, fractions, numerals.
for s in ["", "0123", "٠١٢", "۴", "१२", "²³", "①", "½", "Ⅻ", "〇", "一二三", "𝟘𝟙", "🄁", "1.5", "-1", "١٢a", "߀", "፩", "𑁒"]:
    print(ascii(s), s.isdecimal(), s.isdigit(), s.isnumeric())
