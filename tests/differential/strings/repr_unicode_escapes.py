# repr escapes non-printable characters and picks quotes like CPython.
for s in ["", "'", '"', "'\"", "a'b", 'a"b', "\\", "\x00\x07\x1b\x7f", "\x80\x9f\xa0\xad", "é\u200b\u2028",
          "\ue000\U000e0001", "😀\U0010ffff", "\u0378", "\t\n\r", "\ufeff", "x\u0301"]:
    print(repr(s), ascii(s), repr(repr(s)))
print(repr(["é", "'", '"']), str("a'b"), ascii(["😀"]))
