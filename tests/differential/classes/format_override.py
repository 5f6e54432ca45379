# __format__ overrides and format()/f-string interaction.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "short":
            return "$" + str(self.cents // 100)
        if spec.startswith("pad"):
            width = int(spec[3:])
            return ("$%d.%02d" % divmod(self.cents, 100)).rjust(width)
        raise ValueError("bad spec " + repr(spec))

    def __str__(self):
        return "$%d.%02d" % divmod(self.cents, 100)


m = Money(12345)
print(format(m))
print(format(m, "short"))
print(f"[{m}] [{m:short}] [{m:pad12}]")
print("{0} {0:short}".format(m))
print("{:pad10}|".format(m))
try:
    format(m, "xyz")
except ValueError as e:
    print(type(e).__name__, e)

# object.__format__ with non-empty spec is TypeError
class Plain:
    def __str__(self):
        return "plain"

print(format(Plain()))
print(f"{Plain()}")
try:
    format(Plain(), "10")
except TypeError as e:
    print(type(e).__name__, e)

# __format__ must return str
class Bad:
    def __format__(self, spec):
        return 1

try:
    format(Bad())
except TypeError as e:
    print(type(e).__name__, e)

# subclass of int inherits int.__format__
class MyInt(int):
    pass

print(format(MyInt(255), "x"), f"{MyInt(7):>5}|", f"{MyInt(3):08b}")

# conversion flags bypass __format__
class Conv:
    def __format__(self, spec):
        return "formatted:" + spec
    def __repr__(self):
        return "Conv()"
print(f"{Conv()} {Conv():abc} {Conv()!r} {Conv()!r:>8}")
