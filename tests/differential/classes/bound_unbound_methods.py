# Bound methods, plain functions accessed via the class, and method attributes.
class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, greeting="Hello"):
        return greeting + ", " + self.name


g = Greeter("Ann")
m = g.greet
print(type(m).__name__)
print(m())
print(m("Hi"))
print(m.__self__ is g)
print(m.__func__ is Greeter.greet)
print(m.__name__, m.__qualname__)
print(type(Greeter.greet).__name__)
print(Greeter.greet(g, "Yo"))

# bound methods compare equal if same function and same self
print(g.greet == g.greet)
h = Greeter("Bob")
print(g.greet == h.greet)

# storing a bound method keeps self alive
fns = [Greeter(n).greet for n in ["x", "y", "z"]]
print([f() for f in fns])

# calling unbound without self
try:
    Greeter.greet()
except TypeError as e:
    print(type(e).__name__, e)

# function assigned to class becomes a method
def shout(self):
    return self.name.upper()
Greeter.shout = shout
print(g.shout())

# function assigned to instance does NOT become a method
g.whisper = lambda: "psst"
print(g.whisper())
g.other = shout
try:
    g.other()
except TypeError as e:
    print(type(e).__name__, e)
print(g.other(g))

# methods with attributes
print(g.greet.__func__.__defaults__)
try:
    g.greet.custom = 1
except AttributeError as e:
    print(type(e).__name__, e)
