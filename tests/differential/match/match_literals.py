# Literal patterns: ints, strings, None/True/False (compared by identity), negative and complex numbers.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case "hello":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case 2.5:
            return "two and a half"
        case 1 + 2j:
            return "complex"
        case _:
            return "other: %r" % (x,)

for v in [0, 1, 3, -1, "hello", b"bytes", None, True, False, 2.5, 1 + 2j, 0.0, 1.0, "Hello", 4, []]:
    print(repr(v), "->", describe(v))

# True/False/None match by identity, so 1 does not match True; but 0.0 == 0 matches case 0
def flags(x):
    match x:
        case True:
            return "is True"
        case 1:
            return "equals 1"
    return "no match"
print(flags(1), flags(True), flags(1.0))

# String concatenation of adjacent literals is allowed
match "abcdef":
    case "abc" "def":
        print("implicit concatenation matched")

# f-strings are not literals; match on a computed value uses guards
match 10 ** 2:
    case 100:
        print("hundred")
