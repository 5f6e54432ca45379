# Which presentation types accept ',' and '_' separators (PEP 378, PEP 515).
for value in [1234567, 1234567.125, "text"]:
    for spec in [",", "_", ",d", "_d", ",x", "_x", "_b", ",o", ",n", "_n", ",c", ",e", "_g", ",%", ",s", "_s", ",.2f"]:
        try:
            print(repr(value), spec, repr(format(value, spec)))
        except ValueError as e:
            print(repr(value), spec, type(e).__name__, e)
for spec in ["+,", "#_", ",=5", "+s"]:
    try:
        print(spec, format("ab", spec))
    except ValueError as e:
        print(spec, type(e).__name__, e)
