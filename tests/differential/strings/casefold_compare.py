# casefold for caseless comparison.
pairs = [("Straße", "STRASSE"), ("ﬁ", "FI"), ("Σίσυφος", "ΣΊΣΥΦΟΣ"), ("ǅ", "ǆ"), ("ẞ", "ss"), ("µ", "μ"), ("K", "k"), ("ſ", "s"), ("ᏸ", "Ᏸ")]
for a, b in pairs:
    print(ascii(a.casefold()), ascii(b.casefold()), a.casefold() == b.casefold(), a.lower() == b.lower())
print(ascii("ABC ÀÉ Ωμ ĲŒ".casefold()))
