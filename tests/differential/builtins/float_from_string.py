# float() parsing strings, including special values and whitespace.
for s in ["1.5", " 1.5 ", "-2", "+3.0", "1e3", "1E-3", ".5", "5.", "1_000.5", "inf", "-inf",
          "+inf", "Infinity", "-INFINITY", "nan", "NaN", "-nan", "  -0.0\n", "1e400", "-1e400",
          "1e-400", "0.1", "123456789012345678901234567890", "10"]:
    print(repr(s), float(s))
print(float(), float(3), float(-7), float(2 ** 60), float(True), float(1.25))
for s in ["abc", "", "1.5.5", "1,5", "inf inf", "nan1", "1_", "--1", "e5"]:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
