# __reversed__ and reversed() behaviour with custom classes.
class RevIter:
    def __init__(self, items):
        self.items = items
        self.i = len(items)

    def __iter__(self):
        return self

    def __next__(self):
        if self.i == 0:
            raise StopIteration
        self.i -= 1
        return self.items[self.i]

class Deck:
    def __init__(self, cards):
        self.cards = list(cards)

    def __iter__(self):
        return iter(self.cards)

    def __reversed__(self):
        print("  __reversed__ called")
        return RevIter(self.cards)

d = Deck("abcd")
print(list(d))
print(list(reversed(d)))
print("".join(reversed(d)))
r = reversed(d)
print(type(r).__name__, next(r))

class NoReverse:
    __reversed__ = None

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return i

try:
    reversed(NoReverse())
except TypeError as e:
    print(type(e).__name__, e)

class ReturnsList:
    def __reversed__(self):
        return [3, 2, 1]

print(reversed(ReturnsList()))

class IterOnly:
    def __iter__(self):
        return iter([1, 2])

try:
    reversed(IterOnly())
except TypeError as e:
    print(type(e).__name__, e)

print(list(reversed(range(3))), list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})))
