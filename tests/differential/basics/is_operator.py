# Identity tests with `is` / `is not` on objects with guaranteed identity.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True, False is not True)
x = None
print(x is None, x is not None)


def f():
    pass


print(f() is None)
t = (a, c)
print(t[0] is a, t[1] is c, t[0] is c)
d = {}
e = d
e["k"] = 1
print(d, d is e)
print(type(1) is int, type(True) is bool, type(True) is int)
print(type("s") is str, type(1.0) is float, type(None) is type(x))
