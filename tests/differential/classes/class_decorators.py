# Class decorators: modifying, wrapping, replacing and registering classes.
registry = {}


def register(cls):
    registry[cls.__name__] = cls
    return cls


def add_repr(cls):
    def __repr__(self):
        fields = ", ".join("%s=%r" % (k, v) for k, v in sorted(self.__dict__.items()))
        return "%s(%s)" % (type(self).__name__, fields)
    cls.__repr__ = __repr__
    return cls


def with_prefix(prefix):
    def deco(cls):
        cls.prefix = prefix
        return cls
    return deco


def replace_with_factory(cls):
    def factory(*args):
        print("factory building", cls.__name__, args)
        return cls(*args)
    factory.wrapped = cls
    return factory


@register
@add_repr
@with_prefix(">>")
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


print(Point(1, 2))
print(Point.prefix, sorted(registry))
print(registry["Point"] is Point)


@replace_with_factory
class Thing:
    def __init__(self, n):
        self.n = n


t = Thing(7)
print(type(Thing).__name__, type(t).__name__, t.n)
print(Thing.wrapped.__name__)

# decorator order: applied bottom-up
order = []
d1 = lambda cls: order.append("d1") or cls
d2 = lambda cls: order.append("d2") or cls
@d1
@d2
class Ordered:
    pass
print(order)

@lambda cls: None
class Gone:
    pass
print(Gone)
