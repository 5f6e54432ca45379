# A small inventory model mixing dataclasses and enums.
from dataclasses import dataclass, field, asdict, replace
from enum import Enum, IntEnum, Flag, auto


class Category(Enum):
    TOOL = "tool"
    PART = "part"
    SUPPLY = "supply"


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


class Attr(Flag):
    FRAGILE = auto()
    HEAVY = auto()
    HAZARDOUS = auto()


@dataclass(frozen=True, order=True)
class Sku:
    code: str


@dataclass
class Item:
    sku: Sku
    name: str
    category: Category
    price: float
    quantity: int = 0
    attrs: Attr = Attr(0)
    priority: Priority = Priority.NORMAL

    @property
    def value(self):
        return round(self.price * self.quantity, 2)


@dataclass
class Inventory:
    items: dict = field(default_factory=dict)
    log: list = field(default_factory=list, repr=False)

    def add(self, item):
        if item.sku in self.items:
            raise KeyError(f"duplicate sku {item.sku.code}")
        self.items[item.sku] = item
        self.log.append(("add", item.sku.code))

    def restock(self, code, n):
        sku = Sku(code)
        item = self.items[sku]
        self.items[sku] = replace(item, quantity=item.quantity + n)
        self.log.append(("restock", code, n))

    def by_category(self):
        out = {}
        for item in self.items.values():
            out.setdefault(item.category, []).append(item.name)
        return out

    def total_value(self):
        return round(sum(i.value for i in self.items.values()), 2)


inv = Inventory()
inv.add(Item(Sku("T-1"), "hammer", Category.TOOL, 12.5, 4, Attr.HEAVY))
inv.add(Item(Sku("P-7"), "bolt", Category.PART, 0.25, 200))
inv.add(Item(Sku("S-3"), "acid", Category.SUPPLY, 8.0, 2, Attr.HAZARDOUS | Attr.FRAGILE, Priority.HIGH))
inv.add(Item(Sku("T-2"), "saw", Category("tool"), 20.0))
try:
    inv.add(Item(Sku("P-7"), "nut", Category.PART, 0.1))
except KeyError as e:
    print("error:", e)
inv.restock("T-2", 3)

for sku in sorted(inv.items):
    item = inv.items[sku]
    print(f"{sku.code:5} {item.name:8} {item.category.value:7} {item.quantity:4} {item.value:8.2f} {item.priority!r} {item.attrs}")
print(inv.by_category())
print("total", inv.total_value())
urgent = [i.name for i in inv.items.values() if i.priority >= Priority.HIGH or Attr.HAZARDOUS in i.attrs]
print("urgent", urgent)
print(asdict(inv.items[Sku("S-3")]))
print(inv.log)
print(inv)
by_priority = sorted(inv.items.values(), key=lambda i: (-i.priority, i.name))
print([(i.name, int(i.priority)) for i in by_priority])
print({c.name: len(v) for c, v in inv.by_category().items()})
