# int() parsing strings, with and without base.
for s in ["0", "42", "-17", "+5", "  12  ", "\t7\n", "1_000", "007", "-0",
          "123456789012345678901234567890", "٣"]:
    print(repr(s), int(s))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("777", 8), int("0o17", 8))
print(int("1010", 2), int("0b11", 2), int("z", 36), int("Zz", 36), int("-10", 3))
print(int("0x1F", 0), int("0o17", 0), int("0b101", 0), int("99", 0), int("1_0", 0))
print(int(), int("  -0x10  ", 16))
bad = ["abc", "", " ", "1.5", "1e3", "12a", "--1", "1__0", "_1", "0x10", "1 2"]
for s in bad:
    try:
        print(int(s))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("9", 8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("10", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("010", 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
