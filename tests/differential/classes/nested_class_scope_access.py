# Nested classes cannot see the enclosing class's attributes by bare name.
class Outer:
    factor = 10

    class Inner:
        try:
            doubled = factor * 2
        except NameError as e:
            doubled = "NameError: " + str(e)

        def use_outer(self):
            return Outer.factor * 3  # explicit qualification works

    def make_inner(self):
        return self.Inner()


print(Outer.Inner.doubled)
print(Outer().make_inner().use_outer())
print(type(Outer().make_inner()).__qualname__)
print(Outer.Inner is Outer().Inner)

# nested class is just a class attribute: it can be inherited and overridden
class Child(Outer):
    class Inner(Outer.Inner):
        doubled = "child inner"


print(Child().make_inner().doubled, Child.Inner.__qualname__, [c.__qualname__ for c in Child.Inner.__mro__])

# nested class does not get a reference to the outer instance
class Car:
    def __init__(self, name):
        self.name = name
        self.engine = self.Engine(self)

    class Engine:
        def __init__(self, car):
            self.car = car

        def describe(self):
            return "engine of " + self.car.name


print(Car("beetle").engine.describe())

# class defined inside a method body sees method locals
class Builder:
    def build(self, n):
        class Built:
            size = n
            def get(self):
                return n * 100
        return Built


B = Builder().build(4)
print(B.size, B().get(), B.__qualname__)
