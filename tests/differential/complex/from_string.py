# complex(str): every accepted form and CPython's two error messages.
good = ["1+2j", "1-2j", " ( -1.5e3-2.5J ) ", "3", "-3.5", "2j", "-2J", "j", "+j", "-j", "1+j", "1-j",
        "1_000+2_0j", "infj", "-inf+nanj", "nan", "-infinity-infj", "1e500j", "1e-500", ".5-.5j", "1.+1.j",
        "(1)", "\t1+1j\n", "\u0661+\u0662j", "1+2j\u3000", "0x", "+1.5e+3-2E-2j"]
for s in good:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
bad = ["", " ", "()", "(1", "1)", "1+2", "1+2jj", "j1", "1 +2j", "1+ 2j", "+-j", "1e", "1e+j", ".", "1..2",
       "(1+2j", "1+2j)x", "1\0", "0x1", "1j+2", "infinit", "1__0", "_1", "1_", "1_.5j", "1_j", "1_\0", "\u00b2j"]
for s in bad:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
