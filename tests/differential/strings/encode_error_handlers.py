# ASCII and Latin-1 encoding with every error handler.
for s in ["abc", "héllo", "€uro", "😀", "aé€😀z", "ÿĀ"]:
    for enc in ["ascii", "latin-1", "iso-8859-1", "latin1", "US-ASCII"]:
        row = []
        for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
            row.append(s.encode(enc, errors))
        print(ascii(s), enc, row)
