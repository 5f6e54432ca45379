# Recursive containers print with [...], {...}, and repr errors propagate.
a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
d = {"k": 1}
d["self"] = d
print(d)
b = [a, d]
d["list"] = b
print(b)
print(d)
t = ([],)
t[0].append(t)
print(t)
s = {"x": [1]}
s["x"].append(s)
print(s)


class Cell:
    def __init__(self):
        self.items = []

    def __repr__(self):
        return "Cell(%r)" % (self.items,)


c = Cell()
c.items.append(c.items)
c.items.append(c)
print(c)
# Empty and nested.
print([[], [[]], [[], []]], {}, {1: {}}, [{}], ({},), [()])


class Bad:
    def __repr__(self):
        raise ValueError("no repr")


try:
    print([1, Bad()])
except ValueError as e:
    print("ValueError", e)
try:
    print({"a": Bad()})
except ValueError as e:
    print("ValueError", e)
# After an error the guard is released: printing again works.
x = [1]
x.append(x)
print(x)
v = {1: 2}
ks = v.keys()
print(ks, v.values(), v.items())
v[2] = v
print(v.items())
