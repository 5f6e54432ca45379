# __iter__/__next__ with explicit iterator classes.
class CountdownIter:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIter(self.start)


c = Countdown(3)
print(list(c), list(c))  # re-iterable container
it = iter(c)
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.args)

print([x * 2 for x in Countdown(4)])
print(sum(Countdown(10)), max(Countdown(5)), sorted(Countdown(3)))
a, b, *rest = Countdown(5)
print(a, b, rest)
print(dict(zip(Countdown(3), "abc")))
print(tuple(enumerate(Countdown(2))))

# single-use iterator
once = CountdownIter(2)
print(list(once), list(once))


class BadIter:
    def __iter__(self):
        return 42


try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)


class NoNext:
    def __iter__(self):
        return self


try:
    for x in NoNext():
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    next(Countdown(1))
except TypeError as e:
    print(type(e).__name__, e)
