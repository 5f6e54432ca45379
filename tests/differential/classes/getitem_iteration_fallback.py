# The old sequence protocol: iteration via __getitem__ until IndexError.
class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        print("  getitem", i)
        if i >= self.n:
            raise IndexError("out of range")
        return i * i


print(list(Squares(4)))
it = iter(Squares(2))
print(type(it).__name__)
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")

for v in Squares(3):
    print("loop", v)

print(sorted(Squares(3), reverse=True))
x, y = Squares(2)
print(x, y)


# StopIteration also ends the iteration
class StopsEarly:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i


print(list(StopsEarly()))


# KeyError is NOT treated as the end
class DictLike:
    def __getitem__(self, key):
        return {0: "a", 1: "b"}[key]


try:
    print(list(DictLike()))
except KeyError as e:
    print(type(e).__name__, e)

# reversed() needs __len__ too
try:
    reversed(Squares(3))
except TypeError as e:
    print(type(e).__name__, e)


class SeqWithLen(Squares):
    def __len__(self):
        return self.n


print(list(reversed(SeqWithLen(3))))
