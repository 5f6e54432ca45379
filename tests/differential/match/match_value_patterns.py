# Value patterns (dotted names) compare with ==; bare names would capture instead.
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"

class Http:
    OK = 200
    NOT_FOUND = 404
    class Redirect:
        MOVED = 301

def color_name(c):
    match c:
        case Color.RED:
            return "warm"
        case Color.GREEN | Color.BLUE:
            return "cool"
        case _:
            return "unknown"

for c in ["red", "green", "blue", "purple"]:
    print(c, color_name(c))

def status(code):
    match code:
        case Http.OK:
            return "ok"
        case Http.NOT_FOUND:
            return "not found"
        case Http.Redirect.MOVED:
            return "moved"
        case other:
            return "other %d" % other
for code in [200, 404, 301, 500, 200.0]:
    print(code, status(code))

# Value pattern uses ==, so a custom __eq__ is consulted
class Anything:
    def __eq__(self, other):
        print("  __eq__ called with", other)
        return other > 10
class Consts:
    BIG = Anything()
for n in [5, 50]:
    match n:
        case Consts.BIG:
            print(n, "matched BIG")
        case _:
            print(n, "did not match")

# Dotted names are looked up at match time
Color.RED = "crimson"
print(color_name("red"), color_name("crimson"))
