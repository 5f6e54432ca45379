# encode with UTF-8, UTF-16 and UTF-32 (with and without byte-order marks).
for s in ["", "abc", "héllo", "€", "😀", "a😀b", "\x00\uffff\U0010ffff"]:
    print(ascii(s), s.encode(), s.encode("utf-8"), s.encode("UTF8"), s.encode("utf_8"))
    print("   ", s.encode("utf-16"), s.encode("utf-16-le"), s.encode("UTF-16BE"))
    print("   ", s.encode("utf-32"), s.encode("utf_32_le"), s.encode("utf-32-be"))
print("é".encode(encoding="utf-8"), "é".encode("u8"), "é".encode("utf-8", "strict"), "é".encode(errors="ignore"))
