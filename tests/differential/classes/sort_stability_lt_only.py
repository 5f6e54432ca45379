# sorted/min/max/list.sort with only __lt__ defined; stability and key functions.
class Card:
    order = "23456789TJQKA"

    def __init__(self, text):
        self.rank, self.suit = text[0], text[1]
        self.text = text

    def __lt__(self, other):
        Card.comparisons += 1
        return Card.order.index(self.rank) < Card.order.index(other.rank)

    def __repr__(self):
        return self.text


Card.comparisons = 0
hand = [Card(t) for t in ["Ks", "2h", "Kd", "Ac", "2s", "Th", "Kc"]]
print(sorted(hand))  # equal ranks keep original order (stable)
print(sorted(hand, reverse=True))  # stable even when reversed
print(min(hand), max(hand))
print(sorted(hand, key=lambda c: c.suit))
print(sorted(hand, key=lambda c: (c.suit, c)))
print(Card.comparisons > 0)
hand.sort()
print(hand)

# comparisons needing __gt__ fall back to reflected __lt__
print(Card("Ah") > Card("2c"), Card("2c") > Card("Ah"))

# missing __lt__ entirely
class NoOrder:
    def __init__(self, n):
        self.n = n


try:
    sorted([NoOrder(2), NoOrder(1)])
except TypeError as e:
    print(type(e).__name__, e)
print([x.n for x in sorted([NoOrder(2), NoOrder(1)], key=lambda x: x.n)])
print(len(sorted([NoOrder(1)])))  # single element: no comparison needed

# __lt__ that raises mid-sort propagates and leaves list in some state
class Boom:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        if self.n == 3 or other.n == 3:
            raise ValueError("cannot compare 3")
        return self.n < other.n
try:
    sorted([Boom(1), Boom(3), Boom(2)])
except ValueError as e:
    print(type(e).__name__, e)
