# Cooperative multiple inheritance with super().__init__ and **kwargs.
class Base:
    def __init__(self, **kwargs):
        print("Base.__init__ leftover", sorted(kwargs))
        super().__init__()


class Named(Base):
    def __init__(self, name="anon", **kwargs):
        print("Named.__init__", name)
        self.name = name
        super().__init__(**kwargs)


class Aged(Base):
    def __init__(self, age=0, **kwargs):
        print("Aged.__init__", age)
        self.age = age
        super().__init__(**kwargs)


class Tagged(Base):
    def __init__(self, tags=(), **kwargs):
        print("Tagged.__init__", tags)
        self.tags = list(tags)
        super().__init__(**kwargs)


class Person(Named, Aged, Tagged):
    def __init__(self, **kwargs):
        print("Person.__init__")
        super().__init__(**kwargs)


print([c.__name__ for c in Person.__mro__])
p = Person(name="Zed", age=33, tags=("x", "y"))
print(p.name, p.age, p.tags)
q = Person(age=5)
print(q.name, q.age, q.tags)

# leftover kwargs reach object.__init__ and fail
try:
    Person(name="a", colour="red")
except TypeError as e:
    print(type(e).__name__, e)


# non-cooperative: a class that doesn't call super breaks the chain
class Stopper(Base):
    def __init__(self, **kwargs):
        print("Stopper.__init__ (no super)")


class Mixed(Named, Stopper, Aged):
    pass


m = Mixed(name="m", age=9)
print(m.name, hasattr(m, "age"))
