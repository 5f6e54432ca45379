# String literal escapes and forms.
print("tab:\tend")
print("newline:\nsecond line")
print("backslash: \\ quote: \" single: \'")
print('hex \x41\x42\x43 octal \101\102')
print(repr('nul \0 end'), len('\0'))
print("unicode \u00e9 \u4e2d \U0001F600")
print("named \N{GREEK SMALL LETTER ALPHA}")
print(r"raw \n \t \\ stays")
print(len("\n"), len(r"\n"), len("\x00"), len("\U0001F600"))
print("implicit " "concatenation " 'works')
print("""triple
quoted "string" with 'quotes'""")
print('''single triple''')
print("line \
continued")
print(repr("a\tb\nc\\d\re"))
print(repr("\x00\x07\x1b\x7f"))
