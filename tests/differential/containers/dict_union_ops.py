# dict | dict, |=, with mappings and iterables; subclass behaviour.
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a | {}, {} | a, a)
c = a
c |= b
print(c, a, c is a)
c |= [("w", 0)]
print(c)
c |= {"q": 1}.items()
print(c)
attempt("dict | list", lambda: a | [("k", 1)])
attempt("list | dict", lambda: [("k", 1)] | a)
attempt("dict | set", lambda: a | {1})
attempt("dict | None", lambda: a | None)


def ior_int():
    d = {}
    d |= 5
    return d


def ior_bad():
    d = {}
    d |= [1]
    return d


attempt("|= int", ior_int)
attempt("|= bad", ior_bad)


class D(dict):
    pass


class M(dict):
    def __or__(self, other):
        return "M.__or__"

    def __ror__(self, other):
        return "M.__ror__"


print(type(D(a=1) | {"b": 2}).__name__, type({"b": 2} | D(a=1)).__name__)
print(M() | {}, {} | M())
