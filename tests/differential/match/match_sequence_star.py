# Sequence patterns with starred subpatterns; strings are not sequences for matching.
def classify(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return "one: %r" % (x,)
        case [first, *middle, last] if not middle:
            return "two: %r %r" % (first, last)
        case [first, *middle, last]:
            return "first=%r middle=%r last=%r" % (first, middle, last)

for s in [[], [1], (1, 2), [1, 2, 3], range(5), "abc", [[1], [2]]]:
    try:
        print(repr(s), "->", classify(s))
    except Exception as e:
        print(repr(s), "error", e)

def parse(cmd):
    match cmd.split():
        case ["go", direction]:
            return "move " + direction
        case ["take", *items] if items:
            return "take " + ", ".join(items)
        case ["take"]:
            return "take what?"
        case [*_, "please"]:
            return "polite: " + cmd
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return "unknown"
for c in ["go north", "take lamp key", "take", "dance please", "exit", "fly"]:
    print(c, "->", parse(c))

# Star captures a list even from a tuple subject
match (1, 2, 3, 4):
    case (a, *rest):
        print(a, rest, type(rest).__name__)
match [1, 2]:
    case [*init, 2]:
        print("init", init)

# Nested sequence patterns
match [(1, 2), [3, [4, 5]]]:
    case [(a, b), [c, [d, e]]]:
        print(a + b + c + d + e)

# Strings, bytes and dicts are not matched by sequence patterns; iterators neither
for subj in ["ab", b"ab", {"a": 1, "b": 2}, iter([1, 2]), [1, 2]]:
    match subj:
        case [x, y]:
            print(type(subj).__name__, "matched", x, y)
        case _:
            print(type(subj).__name__, "no sequence match")
