# isprintable: control, format, separators, private use and unassigned.
for s in ["", "abc", "a\n", "\t", "\x7f", "\xa0", "\xad", "é", "\u200b", "\u2028", "\u3000",
          "\ue000", "\U0001f600", "\U000e0001", "\u0378", "\ufffd", "\uffff", " ", "~", "\U00010000"]:
    print(ascii(s), s.isprintable())
