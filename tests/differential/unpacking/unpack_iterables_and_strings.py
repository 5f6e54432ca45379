# Unpacking arbitrary iterables: strings, dict views, ranges, custom iterators.
a, b, c = "xyz"
print(a, b, c)
k1, k2 = {"first": 1, "second": 2}
print(k1, k2)
(k1, v1), (k2, v2) = {"first": 1, "second": 2}.items()
print(k1, v1, k2, v2)
lo, hi = range(10, 12)
print(lo, hi)
x, y = map(int, "3 4".split())
print(x + y)
q, r = divmod(17, 5)
print(q, r)

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

a, b, c = Countdown(3)
print(a, b, c)
first, *others = Countdown(5)
print(first, others)

class GetItemSeq:
    # Old-style sequence protocol via __getitem__
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
a, b, c = GetItemSeq()
print(a, b, c)

# Unpacking uses iteration, not len()
class LyingLen:
    def __len__(self):
        return 100
    def __iter__(self):
        return iter([1, 2])
a, b = LyingLen()
print(a, b)

# Failures from inside the iterator propagate unchanged
class Broken:
    def __iter__(self):
        yield 1
        raise KeyError("inside iterator")
try:
    a, b = Broken()
except KeyError as e:
    print("KeyError:", e)
a, b, c = Countdown(4)
