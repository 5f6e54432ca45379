# In-place operators: __iadd__ etc., fallback to __add__, and rebinding.
class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __repr__(self):
        return "Bag(%r)" % (self.items,)

    def __add__(self, o):
        print("  __add__")
        return Bag(self.items + o.items)

    def __iadd__(self, o):
        print("  __iadd__")
        self.items.extend(o.items)
        return self

    def __isub__(self, o):
        print("  __isub__ returning NotImplemented")
        return NotImplemented

    def __sub__(self, o):
        print("  __sub__")
        return Bag([i for i in self.items if i not in o.items])

    def __imul__(self, n):
        print("  __imul__ returns a string")
        return "replaced"

a = Bag([1, 2])
alias = a
a += Bag([3])
print(a, alias, a is alias)

a -= Bag([1])
print(a, alias, a is alias)

b = Bag([9])
b *= 3
print(b)

class OnlyAdd:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        return OnlyAdd(self.n + o)

x = OnlyAdd(1)
y = x
x += 5
print(x.n, y.n, x is y)

# in-place on list attribute through a tuple raises but mutates
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)

class Nothing:
    pass
n = Nothing()
try:
    n += 1
except TypeError as e:
    print(type(e).__name__, e)
