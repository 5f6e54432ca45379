# Reflected methods are not tried when both operands have the same type.
class Only:
    def __init__(self, tag):
        self.tag = tag

    def __add__(self, other):
        print("  __add__", self.tag, getattr(other, "tag", other))
        return NotImplemented

    def __radd__(self, other):
        print("  __radd__", self.tag, getattr(other, "tag", other))
        return "radd result"


try:
    Only("a") + Only("b")
except TypeError as e:
    print(type(e).__name__, e)

print(1 + Only("c"))


class Sub(Only):
    pass


# subclass on the right without overriding __radd__: normal order is kept
try:
    print(Only("e") + Sub("f"))
except TypeError as e:
    print(type(e).__name__, e)


class SubOverride(Only):
    def __radd__(self, other):
        print("  SubOverride.__radd__", self.tag)
        return "sub radd"


print(Only("g") + SubOverride("h"))


# __eq__ reflection: with same types, __eq__ of the right operand is still tried
class E:
    def __init__(self, tag):
        self.tag = tag

    def __eq__(self, other):
        print("  __eq__", self.tag, other.tag)
        return NotImplemented


print(E("x") == E("y"))
print(E("x") != E("y"))
e = E("same")
print(e == e)
