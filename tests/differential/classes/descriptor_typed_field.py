# A typed, validated descriptor with __get__/__set__/__delete__.
class Typed:
    def __init__(self, kind, minimum=None):
        self.kind = kind
        self.minimum = minimum

    def __set_name__(self, owner, name):
        self.name = name
        self.slot = "_v_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        try:
            return getattr(obj, self.slot)
        except AttributeError:
            raise AttributeError("field %r is not set" % self.name) from None

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s, not %s" % (self.name, self.kind.__name__, type(value).__name__))
        if self.minimum is not None and value < self.minimum:
            raise ValueError("%s must be >= %r" % (self.name, self.minimum))
        setattr(obj, self.slot, value)

    def __delete__(self, obj):
        print("  deleting", self.name)
        delattr(obj, self.slot)


class Product:
    name = Typed(str)
    price = Typed(float, 0.0)
    qty = Typed(int, 0)

    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    def total(self):
        return self.price * self.qty


p = Product("widget", 2.5, 4)
print(p.name, p.price, p.qty, p.total())
print(sorted(vars(p)))
for field, value in (("price", 3), ("qty", -1), ("name", None), ("qty", 10)):
    try:
        setattr(p, field, value)
        print("set", field, getattr(p, field))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
del p.qty
try:
    p.qty
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Product.price).__name__, Product.price.name)
q = Product("gadget", 1.0, 1)
print(q.total(), p.name)  # independent storage per instance
