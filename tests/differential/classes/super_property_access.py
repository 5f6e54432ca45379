# Accessing properties and attributes through super(), and its limitations.
class Base:
    greeting = "hello from Base"

    def __init__(self):
        self._name = "base"

    @property
    def name(self):
        return "Base.name(" + self._name + ")"

    @name.setter
    def name(self, v):
        print("  Base.name setter", v)
        self._name = v

class Child(Base):
    greeting = "hello from Child"

    @property
    def name(self):
        return "Child.name -> " + super().name

    @name.setter
    def name(self, v):
        print("  Child.name setter", v)
        # super().name = v would fail; call the parent's setter explicitly
        Base.name.fset(self, v.upper())

    def try_super_assign(self):
        try:
            super().name = "x"
        except AttributeError as e:
            return type(e).__name__ + ": " + str(e)

    def parent_greeting(self):
        return super().greeting

c = Child()
print(c.name)
c.name = "kid"
print(c.name)
print(c.try_super_assign())
print(c.parent_greeting(), "|", c.greeting)
print(super(Child, c).name)

# super() object attributes
s = super(Child, c)
print(s.greeting, s.__class__.__name__)
try:
    s.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)

# super() does not find instance attributes
c.only_instance = 1
try:
    super(Child, c).only_instance
except AttributeError as e:
    print(type(e).__name__, e)

# super() for dunder methods needs explicit call
class MyList(list):
    def __len__(self):
        return super().__len__() * 10
    def __getitem__(self, i):
        return ("item", super().__getitem__(i))
ml = MyList([1, 2])
print(len(ml), ml[1], list(ml))
