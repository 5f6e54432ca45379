# Matching on tuples of subjects, dataclass-like objects, and objects without __match_args__.
class Plain:
    def __init__(self):
        self.a = 1
        self.b = 2

p = Plain()
match p:
    case Plain(a=1, b=bb):
        print("keyword match b =", bb)

try:
    match p:
        case Plain(1):
            print("never")
except TypeError as e:
    print("TypeError:", e)

# Missing attribute means no match (not an error)
match p:
    case Plain(c=_):
        print("has c")
    case Plain(a=_):
        print("has a but not c")

# Subject can be a tuple built on the fly
def fizz(n):
    match (n % 3, n % 5):
        case (0, 0):
            return "FizzBuzz"
        case (0, _):
            return "Fizz"
        case (_, 0):
            return "Buzz"
        case _:
            return str(n)
print(" ".join(fizz(n) for n in range(1, 16)))

# __match_args__ must be a tuple
class BadArgs:
    __match_args__ = ["x"]
    x = 1
try:
    match BadArgs():
        case BadArgs(x):
            pass
except TypeError as e:
    print("TypeError:", e)

# Non-class in class pattern position
not_a_class = len
try:
    match 5:
        case not_a_class():
            pass
except TypeError as e:
    print("TypeError:", e)

# Subclass instances match a base class pattern
class Base:
    __match_args__ = ("v",)
    def __init__(self, v):
        self.v = v
class Child(Base):
    pass
match Child(9):
    case Base(v):
        print("Child matched Base with v =", v)
