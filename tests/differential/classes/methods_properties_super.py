class Animal:
    """An animal."""
    kind = "generic"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"

    def __repr__(self):
        return f"Animal({self.name!r})"


class Dog(Animal):
    kind = "dog"

    def speak(self):
        return super().speak() + " (woof)"


d = Dog("rex")
print(d.speak(), d.kind, Animal.kind, d)
print(isinstance(d, Animal), issubclass(Dog, Animal), type(d).__name__, Dog.__mro__)
print(Dog.__qualname__, Dog.speak.__qualname__, Animal.__doc__)


class V:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)

    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)

    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y

    @classmethod
    def zero(cls):
        return cls(0, 0)

    @staticmethod
    def unit():
        return V(1, 1)


v = V(1, 2) + V(3, 4)
print(v, v == V(4, 6), v != V(4, 6), v.norm2, V.zero(), V.unit())
try:
    hash(v)
except TypeError as e:
    print("TypeError", e)


class MyError(ValueError):
    pass


try:
    raise MyError("bad")
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, MyError))
