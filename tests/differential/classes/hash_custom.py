# __hash__ overrides and dict/set behaviour with custom keys.
class Key:
    calls = 0

    def __init__(self, name, group):
        self.name = name
        self.group = group

    def __hash__(self):
        Key.calls += 1
        return hash(self.group)

    def __eq__(self, other):
        print("  eq", self.name, other.name)
        return self.name == other.name

    def __repr__(self):
        return "Key(%s)" % self.name

# all keys collide in the same group -> __eq__ used to tell them apart
d = {}
d[Key("a", 1)] = 1
d[Key("b", 1)] = 2
d[Key("a", 1)] = 3
print(sorted((k.name, v) for k, v in d.items()))
print(Key.calls)

s = set([Key("x", 2), Key("x", 2), Key("y", 3)])
print(sorted(k.name for k in s))

# __hash__ returning non-int
class BadHash:
    def __hash__(self):
        return "nope"

try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)

# __hash__ returning a huge int is reduced
class BigHash:
    def __hash__(self):
        return 2 ** 80

print(hash(BigHash()) == hash(2 ** 80))

# int subclass hash
class BoolLike:
    def __hash__(self):
        return -1

print(hash(BoolLike()))

# identity: same object always found even if __eq__ says False
class NeverEqual:
    def __hash__(self):
        return 7

    def __eq__(self, other):
        return False

n = NeverEqual()
print(n in {n}, n == n, n in [n], NeverEqual() in {n})
