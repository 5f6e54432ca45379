# Default __repr__/__str__ behaviour without printing addresses.
class Plain:
    pass


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


class OnlyStr:
    def __str__(self):
        return "OnlyStr-str"


class Both:
    def __repr__(self):
        return "Both-repr"

    def __str__(self):
        return "Both-str"


p = Plain()
r = repr(p)
print(r.startswith("<__main__.Plain object at "), r.endswith(">"))
print(str(p) == repr(p))
print(type(p).__name__)

o = OnlyRepr()
print(str(o), repr(o))
print(o)
print([o], (o,), {"k": o})

s = OnlyStr()
print(str(s))
print(repr(s).startswith("<__main__.OnlyStr object"))
print([repr(s).startswith("<")])

b = Both()
print(b, repr(b), str(b))
print([b])
print(f"{b} {b!r} {b!s}")
print("%s %r" % (b, b))

# repr of the class itself
print(repr(Plain))
print(str(Both))

# __str__ returning non-string
class BadStr:
    def __str__(self):
        return 5

try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)

class BadRepr:
    def __repr__(self):
        return None

try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
