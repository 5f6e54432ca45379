# __prepare__ returning a custom namespace that records definition order.
class RecordingNS(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
            if key in self:
                raise TypeError("duplicate definition of " + key)
        super().__setitem__(key, value)

class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("__prepare__", name, [b.__name__ for b in bases], kwargs)
        return RecordingNS()

    def __new__(mcls, name, bases, ns, **kwargs):
        print("namespace type:", type(ns).__name__)
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.field_order = list(ns.order)
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)

class Schema(metaclass=OrderedMeta, version=2):
    zeta = 1
    alpha = 2
    def method(self):
        return "m"
    middle = 3

print(Schema.field_order)
print(type(Schema.__dict__).__name__)
print(Schema().method())

try:
    class Dup(metaclass=OrderedMeta):
        x = 1
        x = 2
except TypeError as e:
    print(type(e).__name__, e)

# __prepare__ that pre-populates names visible in the class body
class InjectMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {"CONSTANT": 42, "helper": lambda n: n * 2}

class UsesInjected(metaclass=InjectMeta):
    value = helper(CONSTANT)

print(UsesInjected.value, UsesInjected.CONSTANT)

# __prepare__ must return a mapping
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5

try:
    class Broken(metaclass=BadPrepare):
        pass
except TypeError as e:
    print(type(e).__name__, e)
