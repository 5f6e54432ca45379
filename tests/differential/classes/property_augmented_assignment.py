# Augmented assignment on properties, descriptors and subscripts: get then set.
class Tracked:
    def __init__(self):
        self._v = 1
        self._items = [1]
    @property
    def v(self):
        print("  get v")
        return self._v
    @v.setter
    def v(self, value):
        print("  set v", value)
        self._v = value
    @property
    def items(self):
        print("  get items")
        return self._items
    @items.setter
    def items(self, value):
        print("  set items", value)
        self._items = value

t = Tracked()
t.v += 10
print(t.v)
t.v *= 2
t.items += [2]  # list.__iadd__ mutates, then the setter is still called
print(t._items)

class Box:
    def __init__(self):
        self.data = {"k": 1}
    def __getitem__(self, key):
        print("  getitem", key)
        return self.data[key]
    def __setitem__(self, key, value):
        print("  setitem", key, value)
        self.data[key] = value

b = Box()
b["k"] += 5
print(b.data)
b["k"] **= 2
print(b.data)

class ReadOnly:
    @property
    def x(self):
        return 5

r = ReadOnly()
try:
    r.x += 1
except AttributeError as e:
    print(type(e).__name__, e)

# augmented assignment where __iadd__ exists but the setter is missing
class ListHolder:
    def __init__(self):
        self._l = []
    @property
    def l(self):
        return self._l
h = ListHolder()
try:
    h.l += [1]
except AttributeError as e:
    print(type(e).__name__, e)
print(h.l)  # the list was mutated before the setter failed
