# Capital sigma lowers to final sigma only at the end of a cased word.
for s in ["Σ", "ΣΑ", "ΑΣ", "ΑΣΑ", "ΑΣ ΑΣ", "ΑΣ.", "Α.Σ", "ΑΣ'Α", "Α'Σ", "ΑΣ\u0301", "ΑΣ\u0301Α",
          "1Σ", "ΑΣ1", "ΟΔΟΣ", "ΣΣ", "ΑΣΣ", "a\u00adΣ", "aΣ\u00ad", "ʰΣ"]:
    print(ascii(s), ascii(s.lower()), ascii(s.capitalize()), ascii(s.title()), ascii(s.casefold()))
