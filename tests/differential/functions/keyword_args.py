# Calling with keyword arguments in any order.
def describe(a, b, c=3, d=4):
    print("a", a, "b", b, "c", c, "d", d)


describe(1, 2)
describe(b=20, a=10)
describe(1, d=40, b=2)
describe(1, 2, d=9, c=8)
describe(*[5, 6])
describe(1, *(2, 3), d=7)
describe(**{"a": "x", "b": "y"})
describe(1, **{"d": "dd", "b": "bb"})
describe(*[1], c=33, **{"b": 22})
