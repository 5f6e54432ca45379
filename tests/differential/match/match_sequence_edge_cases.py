# Edge cases of sequence patterns: tuples vs lists, empty stars, ranges, deque-free custom sequences.
def shape(x):
    match x:
        case ():
            return "empty"
        case (a,):
            return "single %r" % (a,)
        case [a, b, *rest] if len(rest) > 2:
            return "long, rest=%d" % len(rest)
        case [*_, [*inner]] if inner:
            return "ends with non-empty list %r" % inner
        case (a, b, *_):
            return "at least two"

for v in [(), [], (1,), [[1]], [1, 2], (1, 2, 3, 4, 5), [1, [2, 3]], [1, []], range(3), range(0)]:
    print(repr(v), "->", shape(v))

# List and tuple patterns are equivalent: both match any sequence
match (1, 2):
    case [a, b]:
        print("tuple matched list pattern", a, b)
match [1, 2]:
    case (a, b):
        print("list matched tuple pattern", a, b)

# A custom Sequence subclass? Only registered sequences match; a plain class with __getitem__ does not
class FakeSeq:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError
        return i
match FakeSeq():
    case [a, b]:
        print("FakeSeq matched")
    case _:
        print("FakeSeq is not a sequence for match")

# bytearray and str are excluded, memoryview is not
for subj in [bytearray(b"ab"), "ab", memoryview(b"ab")]:
    match subj:
        case [x, y]:
            print(type(subj).__name__, "matched", x, y)
        case _:
            print(type(subj).__name__, "no match")

# Star in the middle binds the middle slice
match list(range(8)):
    case [first, second, *middle, last]:
        print(first, second, middle, last)
