# format() of complex numbers with the format mini-language.
values = [1 + 2j, 1j, -0j, complex(-0.0, -0.0), complex(1e20, -1e-5), complex(float("nan"), float("inf")),
          complex(1234567.5, -0.0), complex(0, -2.5), complex(-1.5, 0), 1 / 3 + 2 / 3j]
specs = ["", "#", "10", "<12", "^13", "*>14", "+", " ", "-", ".2", ".3f", "f", "e", "g", "G", "n", "#.0f", "z",
         "z.1f", ",", ",.2f", "_f", "#g", ".0", "10.2f", "+.1e", "F", "E", ">30.4g", "x<25"]
for spec in specs:
    print(repr(spec), [format(v, spec) for v in values])
print(f"{1+2j:>12}|{3j:.2f}|{-1-1j:e}")
print("{0} {0:.1f} {1!r:>8}".format(1.25 + 2.5j, 1j))
for spec in ["010", "0>10", "=10", "%", "d", "x", "s", ".2%", "abc", ",.2n"]:
    try:
        print(spec, format(1 + 2j, spec))
    except ValueError as e:
        print(spec, type(e).__name__, e)
try:
    format(1j, 5)
except TypeError as e:
    print(type(e).__name__, e)
