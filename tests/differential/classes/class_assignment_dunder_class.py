# Assigning obj.__class__ to change an object's type at runtime.
class Frog:
    def speak(self):
        return "ribbit from " + self.name


class Prince:
    def speak(self):
        return "hello, I am " + self.name


f = Frog()
f.name = "Fred"
print(type(f).__name__, f.speak())
f.__class__ = Prince
print(type(f).__name__, f.speak(), isinstance(f, Frog), isinstance(f, Prince))
print(vars(f))

# state machine using __class__ switching
class Closed:
    def open(self):
        self.__class__ = Opened
        return "opening"
    def close(self):
        return "already closed"


class Opened:
    def open(self):
        return "already open"
    def close(self):
        self.__class__ = Closed
        return "closing"


door = Closed()
for action in ("close", "open", "open", "close", "open"):
    print(action, "->", getattr(door, action)(), "now", type(door).__name__)

# incompatible assignments
try:
    f.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.__class__ = "Frog"
except TypeError as e:
    print(type(e).__name__, e)


class Slotted:
    __slots__ = ("a",)


try:
    f.__class__ = Slotted
except TypeError as e:
    print(type(e).__name__, e)

# __class__ as seen by isinstance when overridden via property
class Liar:
    @property
    def __class__(self):
        return int
l = Liar()
print(type(l).__name__, l.__class__.__name__, isinstance(l, int), isinstance(l, Liar))
