# __pow__ with modulo, __rpow__ (never used for 3-arg pow), __ipow__.
class Mod:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "Mod(%d)" % self.v

    def __pow__(self, exp, mod=None):
        print("  __pow__", exp, mod)
        if mod is None:
            return Mod(self.v ** exp)
        return Mod(pow(self.v, exp, mod))

    def __rpow__(self, base, mod=None):
        print("  __rpow__", base, mod)
        return Mod(base ** self.v)

    def __ipow__(self, exp):
        print("  __ipow__", exp)
        self.v = self.v ** exp
        return self


a = Mod(3)
print(a ** 4)
print(pow(a, 4))
print(pow(a, 4, 5))
print(2 ** a)
print(pow(2, a))
try:
    print(pow(2, a, 5))
except TypeError as e:
    print(type(e).__name__, e)
b = a
b **= 2
print(b, a, b is a)


class NoMod:
    def __pow__(self, exp):
        return "pow " + str(exp)


print(NoMod() ** 2)
try:
    pow(NoMod(), 2, 3)
except TypeError as e:
    print(type(e).__name__, e)

# ints with negative exponent and modulo
print(pow(3, -1, 7), pow(2, 10, 1000))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
