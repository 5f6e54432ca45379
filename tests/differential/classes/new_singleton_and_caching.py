# __new__ used for singletons and instance caching; __init__ runs every time.
class Singleton:
    _instance = None
    inits = 0

    def __new__(cls, *args):
        if cls._instance is None:
            print("creating instance")
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, value):
        Singleton.inits += 1
        self.value = value


a = Singleton(1)
b = Singleton(2)
print(a is b, a.value, b.value, Singleton.inits)


class Interned:
    _cache = {}

    def __new__(cls, key):
        if key in cls._cache:
            return cls._cache[key]
        obj = super().__new__(cls)
        obj.key = key
        cls._cache[key] = obj
        return obj


x = Interned("a")
y = Interned("a")
z = Interned("b")
print(x is y, x is z, sorted(Interned._cache))

# object.__new__ rejects extra args when __init__ is not overridden
class NoInit:
    pass

try:
    NoInit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

class OnlyNew:
    def __new__(cls, a):
        obj = super().__new__(cls)
        obj.a = a
        return obj

print(OnlyNew(5).a)

# object.__new__ called with wrong type
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)

try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
