# Implicit special-method lookup uses the type, not the instance.
class C:
    def __len__(self):
        return 1

    def __repr__(self):
        return "C-class-repr"

    def __add__(self, other):
        return "C.__add__"


c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
c.__add__ = lambda other: "instance add"
print(len(c), c.__len__())
print(repr(c), c.__repr__())
print(c + 1, c.__add__(1))

# changing the class affects all instances immediately
C.__len__ = lambda self: 42
print(len(c))
del C.__len__
try:
    len(c)
except TypeError as e:
    print(type(e).__name__, e)

# special methods added to the class after creation are honoured
class Late:
    pass

l = Late()
for fn in (lambda: l + 1, lambda: l[0], lambda: iter(l)):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
Late.__add__ = lambda self, o: ("added", o)
Late.__getitem__ = lambda self, i: i * 3
print(l + 1, l[5], type(iter(l)).__name__)
Late.__bool__ = lambda self: False
print(bool(l), "falsy" if not l else "truthy")
Late.__eq__ = lambda self, o: True
print(l == 5, Late.__hash__ is not None)

# __getattr__ on instance does not provide special methods
class G:
    def __getattr__(self, name):
        return lambda *a: "via getattr " + name
g = G()
print(g.__len__())
try:
    len(g)
except TypeError as e:
    print(type(e).__name__, e)
