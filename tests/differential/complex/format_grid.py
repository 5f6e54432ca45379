# format() and repr round trips over a grid of complex values and format specs.
inf = float("inf")
nan = float("nan")
parts = [0.0, -0.0, 1.0, -2.5, 1e16, 1e-5, 123456.789, inf, -inf, nan, 0.1, 9.999999]
vals = [complex(a, b) for a in parts for b in parts]
specs = ["", "g", ".3", "e", "f", "+", "-", " ", ".0f", "#", "#.2e", "z", "z.2g", ",", "_.1f", ">20", "<20", "^20",
         "x^20.2f", "20", ".10g", "G", "E", "F", "n", ".17g", "#g", "+.0e", " .3f", "z#.0f"]
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except ValueError as e:
            row.append("VE:" + str(e))
    print(repr(v), str(v), "|".join(row))
    r = complex(repr(v))
    print(r == v or (r != r), repr(r))
