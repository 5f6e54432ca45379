# property getter/setter/deleter and the AttributeError messages.
class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        """Temperature in C."""
        return self._c

    @celsius.setter
    def celsius(self, v):
        print("  setting celsius", v)
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("  deleting celsius")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.fahrenheit = 50
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)

print(type(Temp.celsius).__name__, Temp.celsius.__doc__)
print(Temp.celsius.fget.__name__, Temp.fahrenheit.fset, Temp.fahrenheit.fdel)

# property object created without decorators
class Legacy:
    def _get(self):
        return "legacy"
    x = property(_get, None, None, "doc for x")
    empty = property()

print(Legacy().x, Legacy.x.__doc__)
try:
    Legacy().empty
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Legacy().x = 1
except AttributeError as e:
    print(type(e).__name__, e)

# property shadows instance __dict__ entries
l = Legacy()
l.__dict__["x"] = "from dict"
print(l.x)
Temp(1).fahrenheit = 3
