# lower/upper over mixed scripts.
texts = ["Hello World", "", "123 !?", "ÀÉÎÕÜ àéîõü", "ΑΒΓ αβγ", "АБВ абв", "Ǆǅǆ Ǉǈǉ", "Ꝺꝺ", "𐐀𐐨", "ⓐⒶ", "ǲ", "ſ", "K Å"]
for s in texts:
    print(repr(s), repr(s.lower()), repr(s.upper()))
