# Capture patterns bind names; the wildcard binds nothing.
def first(x):
    match x:
        case []:
            return "empty"
        case [only]:
            return "only=%r" % (only,)
        case [head, _]:
            return "head=%r (second ignored)" % (head,)
        case [head, _, _, *_]:
            return "head=%r of many" % (head,)

for v in [[], [1], [1, 2], [1, 2, 3], (4, 5, 6, 7)]:
    print(v, "->", first(v))

# An irrefutable capture catches everything
match {"any": "thing"}:
    case whatever:
        print("captured", whatever)
print("whatever still bound:", whatever)

# Names bound in a successful case are visible afterwards
match (1, 2):
    case (a, b):
        pass
print(a, b)

# _ never binds
_ = "original underscore"
match 99:
    case _:
        pass
print(_)

# The subject is evaluated exactly once
calls = 0
def subject():
    global calls
    calls += 1
    return [calls, "x"]
match subject():
    case [5, _]:
        print("five")
    case [1, second]:
        print("first case hit, second =", second)
print("subject evaluated", calls, "time(s)")

# No case matches: nothing happens, no error
match 42:
    case 0:
        print("zero")
print("fell through")
