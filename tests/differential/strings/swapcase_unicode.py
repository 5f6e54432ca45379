# swapcase including final sigma and titlecase letters (unchanged).
for s in ["Hello World", "ß", "ΣΑΣ", "ΑΣ", "aΣ", "ǅ", "İi", "ﬁ", "ŉ", "123", "", "MiXeD ÉtÉ"]:
    print(repr(s), ascii(s.swapcase()), ascii(s.swapcase().swapcase()))
