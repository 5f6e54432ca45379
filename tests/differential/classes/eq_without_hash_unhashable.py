# Defining __eq__ without __hash__ sets __hash__ to None (unhashable).
class P:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x


print(P.__hash__)
print("__hash__" in P.__dict__)
try:
    hash(P(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {P(1): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {P(1)}
except TypeError as e:
    print(type(e).__name__, e)
print(P(1) == P(1), P(1) != P(2), P(1) in [P(1)])


class Hashable(P):
    def __hash__(self):
        return hash(self.x)


d = {Hashable(1): "one", Hashable(2): "two"}
print(d[Hashable(1)], Hashable(2) in d, len({Hashable(3), Hashable(3)}))


# subclass that overrides __eq__ again loses its inherited __hash__
class Again(Hashable):
    def __eq__(self, other):
        return True


print(Again.__hash__)
try:
    hash(Again(1))
except TypeError as e:
    print(type(e).__name__, e)


# explicit __hash__ = None on a class without __eq__
class Explicit:
    __hash__ = None


try:
    hash(Explicit())
except TypeError as e:
    print(type(e).__name__, e)


# inheriting __hash__ explicitly
class KeepHash(P):
    __hash__ = object.__hash__
k = KeepHash(1)
print(hash(k) == hash(k), isinstance(hash(k), int))

hash(P(5))
