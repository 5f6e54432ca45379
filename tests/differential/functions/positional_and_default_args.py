# Positional parameters and default values.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct


print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", "Yo", "?"))


def area(w, h=None):
    if h is None:
        h = w
    return w * h


print(area(3), area(3, 4), area(2.5))
print(greet.__name__, area.__name__)

counter = 10


def snapshot(v=counter):
    return v


counter = 20
print("default captured at def time:", snapshot(), snapshot(5))


def append_to(x, acc=[]):
    acc.append(x)
    return acc


print(append_to(1), append_to(2), append_to(3, []), append_to(4))
