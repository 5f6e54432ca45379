# __iter__ written as a generator method; each iteration gets a fresh generator.
class Deck:
    def __init__(self, cards):
        self.cards = list(cards)
    def __iter__(self):
        for card in self.cards:
            yield card
    def reversed_pairs(self):
        for i in range(len(self.cards) - 1, 0, -2):
            yield self.cards[i], self.cards[i - 1]

d = Deck("ABCDE")
print(list(d), list(d))
it1, it2 = iter(d), iter(d)
print(next(it1), next(it1), next(it2))
print(list(d.reversed_pairs()))
print("C" in d, "Z" in d)
print(sorted(d, reverse=True), max(d), "".join(d))

# Modifying the underlying list during iteration is visible to the generator
d = Deck([1, 2, 3])
out = []
for c in d:
    out.append(c)
    if c == 1:
        d.cards.append(4)
print(out)

class Tree:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right
    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right

t = Tree(4, Tree(2, Tree(1), Tree(3)), Tree(6, Tree(5), Tree(7)))
print(list(t), sum(t), len(list(t)))
a, b, *rest = t
print(a, b, rest)
print(dict(zip(t, "abcdefg")))
