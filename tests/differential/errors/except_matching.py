# except clause matching: tuples, base classes, bare except, order.
def run(f):
    try:
        f()
    except (KeyError, IndexError) as e:
        print("lookup-ish", type(e).__name__)
    except ArithmeticError as e:
        print("arithmetic", type(e).__name__)
    except Exception as e:
        print("other", type(e).__name__, e)


def key():
    return {}["x"]


def idx():
    return [][0]


def zero():
    return 1 / 0


def over():
    return 2.0 ** 10000


def name():
    return nope


run(key)
run(idx)
run(zero)
run(over)
run(name)
try:
    int("x")
except:
    print("bare except caught")
try:
    try:
        [][1]
    except KeyError:
        print("not here")
except IndexError as e:
    print("outer caught", e)
try:
    {}["k"]
except LookupError as e:
    print("LookupError matched", type(e).__name__)
