# Metaclass methods/attributes are visible from the class, not from instances.
class Meta(type):
    meta_attr = "from meta"

    def meta_method(cls):
        return "meta_method on " + cls.__name__

    @property
    def upper_name(cls):
        return cls.__name__.upper()


class Thing(metaclass=Meta):
    thing_attr = "from class"


t = Thing()
print(Thing.meta_attr, Thing.meta_method(), Thing.upper_name)
print(Thing.thing_attr, t.thing_attr)
for name in ("meta_attr", "meta_method", "upper_name"):
    try:
        getattr(t, name)
    except AttributeError as e:
        print(type(e).__name__, e)
print("meta_method" in dir(Thing), "meta_method" in dir(Meta))

# class attribute shadows metaclass non-data attribute
class Shadow(metaclass=Meta):
    meta_attr = "class wins"
print(Shadow.meta_attr)

# but a metaclass data descriptor (property) wins over the class dict
class Shadow2(metaclass=Meta):
    upper_name = "class value"
print(Shadow2.upper_name, Shadow2.__dict__["upper_name"])
try:
    Shadow2.upper_name = "x"
except AttributeError as e:
    print(type(e).__name__, e)


# metaclass __getattr__ for class-level dynamic attributes
class AutoMeta(type):
    def __getattr__(cls, name):
        if name.startswith("make_"):
            return lambda: cls.__name__ + ":" + name[5:]
        raise AttributeError(f"type object {cls.__name__!r} has no attribute {name!r}")


class Factory(metaclass=AutoMeta):
    pass


print(Factory.make_widget(), Factory.make_gear())
try:
    Factory.other
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Factory().make_widget
except AttributeError as e:
    print(type(e).__name__, e)
