# __index__ used by slicing, range, hex/bin/oct, list indexing, repetition.
class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        print("  __index__ ->", self.n)
        return self.n


data = list(range(10))
print(data[Idx(3)])
print(data[Idx(2):Idx(5)])
print(data[::Idx(3)])
print(list(range(Idx(4))))
print(list(range(Idx(1), Idx(10), Idx(4))))
print(hex(Idx(255)), bin(Idx(5)), oct(Idx(8)))
print("ab" * Idx(3))
print([0] * Idx(2))
print("abcdef"[Idx(1)])
print((1, 2, 3)[Idx(-1)])
print(int(Idx(9)))
print(Idx(6).__index__())


class BadIndex:
    def __index__(self):
        return "x"


class NoIndex:
    def __int__(self):
        return 3


for obj in (BadIndex(), NoIndex()):
    try:
        data[obj]
    except TypeError as e:
        print(type(obj).__name__, type(e).__name__, e)
    try:
        hex(obj)
    except TypeError as e:
        print(type(obj).__name__, type(e).__name__, e)
    try:
        range(obj)
    except TypeError as e:
        print(type(obj).__name__, type(e).__name__, e)

f = 1.5
try:
    "abc"[f]
except TypeError as e:
    print(type(e).__name__, e)
