# Basic single inheritance, method override and attribute lookup order.
class Animal:
    sound = "..."
    legs = 4

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " says " + self.sound

    def describe(self):
        return "%s with %d legs (%s)" % (self.name, self.legs, type(self).__name__)


class Dog(Animal):
    sound = "woof"


class Bird(Animal):
    sound = "tweet"
    legs = 2

    def speak(self):
        return Animal.speak(self) + "!"


class Parrot(Bird):
    def __init__(self, name, word):
        super().__init__(name)
        self.word = word

    def speak(self):
        return super().speak() + " and '" + self.word + "'"


for a in [Animal("generic"), Dog("rex"), Bird("tweety"), Parrot("polly", "cracker")]:
    print(a.speak())
    print(a.describe())

print(Parrot.__bases__[0].__name__, Bird.__bases__[0].__name__, Animal.__bases__[0].__name__)
print([c.__name__ for c in Parrot.__mro__])
print(issubclass(Parrot, Animal), issubclass(Animal, Parrot))
print(isinstance(Parrot("p", "w"), Bird))
print("speak" in Parrot.__dict__, "describe" in Parrot.__dict__)
print(Parrot.describe is Animal.describe)

# subclass attribute added to parent at runtime becomes visible
Animal.kingdom = "animalia"
print(Parrot("x", "y").kingdom)

# Missing __init__ args
try:
    Parrot("only-name")
except TypeError as e:
    print(type(e).__name__, e)
