# An inventory/shop simulation: items, a cart with container protocol, discounts.
class OutOfStock(Exception):
    pass

class Item:
    def __init__(self, sku, name, price, stock):
        self.sku, self.name, self.price, self.stock = sku, name, price, stock
    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.price}, stock={self.stock})"

class Inventory:
    def __init__(self, *items):
        self._items = {i.sku: i for i in items}
    def __getitem__(self, sku):
        try:
            return self._items[sku]
        except KeyError:
            raise KeyError(f"unknown sku {sku}") from None
    def __contains__(self, sku):
        return sku in self._items
    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: i.sku))
    def reserve(self, sku, qty):
        item = self[sku]
        if item.stock < qty:
            raise OutOfStock(f"{item.name}: wanted {qty}, have {item.stock}")
        item.stock -= qty
        return item

class Cart:
    def __init__(self, inventory):
        self.inventory = inventory
        self.lines = {}
    def add(self, sku, qty=1):
        self.inventory.reserve(sku, qty)
        self.lines[sku] = self.lines.get(sku, 0) + qty
        return self
    def __len__(self):
        return sum(self.lines.values())
    def __iter__(self):
        return iter(sorted(self.lines.items()))
    def total(self, discount=None):
        subtotal = sum(self.inventory[s].price * q for s, q in self)
        return discount(subtotal) if discount else subtotal

class PercentOff:
    def __init__(self, pct):
        self.pct = pct
    def __call__(self, amount):
        return round(amount * (100 - self.pct) / 100, 2)
    def __repr__(self):
        return f"PercentOff({self.pct})"

inv = Inventory(Item("B2", "bolt", 0.25, 100), Item("A1", "anvil", 99.5, 2), Item("C3", "cable", 4.0, 10))
cart = Cart(inv).add("A1").add("B2", 40).add("C3", 3).add("B2", 10)
print(len(cart), list(cart), cart.total(), cart.total(PercentOff(10)))
print(list(inv), "A1" in inv, "Z9" in inv)
for sku, qty in (("A1", 5), ("Z9", 1)):
    try:
        cart.add(sku, qty)
    except (OutOfStock, KeyError) as e:
        print(type(e).__name__, e)
print(bool(Cart(inv)), PercentOff(25), [i.stock for i in inv])
Cart(inv).add("A1", 2).add("A1")
