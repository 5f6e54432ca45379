# Structural pattern matching: binding, guards, failures and errors.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def describe(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 0.0:
            return "zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as num:
            return f"number {num}"
        case "":
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case []:
            return "empty seq"
        case [x]:
            return f"one {x}"
        case [x, y, *rest] if not rest:
            return f"pair {x} {y}"
        case [first, *_, last]:
            return f"long {first}..{last}"
        case {"kind": "circle", "r": r}:
            return f"circle {r}"
        case {"kind": k, **others}:
            return f"kind {k} {sorted(others)}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy) | Point(x=yy, y=0):
            return f"axis {yy}"
        case Point(a, b):
            return f"point {a},{b}"
        case _:
            return f"other {type(v).__name__}"

for v in [None, True, False, 0, 0.0, -3, 7, 2.5, "", "hi", [], (1,), [1, 2], (1, 2, 3, 4),
          {"kind": "circle", "r": 2}, {"kind": "sq", "a": 1, "b": 2}, Point(0, 0), Point(0, 5),
          Point(4, 0), Point(1, 2), {1, 2}, range(2), b"xy"]:
    print(repr(v) if not isinstance(v, Point) else "Point", "->", describe(v))

# names bound by a failed case's guard remain bound
match [1, 2]:
    case [a, b] if a > b:
        print("no")
    case _:
        print("guard failed; a, b =", a, b)

# errors inside matching
class Bad:
    __match_args__ = ("missing",)
match Bad():
    case Bad(x):
        print("bound", x)
    case _:
        print("missing attribute means no match")

class Boom:
    def __eq__(self, other):
        raise ValueError("eq boom")
try:
    match Boom():
        case 1:
            print("no")
except ValueError as e:
    print("ValueError", e)

def errors(subject, cls):
    try:
        match subject:
            case cls(1, 2, 3):
                print("matched")
            case _:
                print("no match")
    except TypeError as e:
        print("TypeError", e)

errors(5, int)
errors(5, 5)
errors(Point(1, 2), Point)

# dict subclass with __missing__ is never consulted
class D(dict):
    def __missing__(self, k):
        return "default"
match D(a=1):
    case {"b": _}:
        print("wrong")
    case {"a": 1, **rest}:
        print("rest", rest, type(rest).__name__)

# the subject is evaluated once
calls = []
def subj():
    calls.append(1)
    return [1, 2, 3]
match subj():
    case [1]: pass
    case [1, 2]: pass
    case [1, 2, 3]: print("evaluated", len(calls), "time(s)")

# star capture always gives a list
match (1, 2, 3):
    case (head, *tail):
        print(head, tail, type(tail).__name__)
match "abc":
    case [*chars]:
        print("str is a sequence?", chars)
    case str():
        print("str is not a sequence pattern subject")
