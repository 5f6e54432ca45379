# __init_subclass__ and __set_name__ also fire for classes built with type().
class Tracker:
    seen = []

    def __set_name__(self, owner, name):
        Tracker.seen.append(("set_name", owner.__name__, name))


class Base:
    def __init_subclass__(cls, **kwargs):
        Tracker.seen.append(("init_subclass", cls.__name__, sorted(kwargs.items())))
        super().__init_subclass__()


Dyn = type("Dyn", (Base,), {"t": Tracker()})
for entry in Tracker.seen:
    print(entry)

Tracker.seen.clear()
Dyn2 = type("Dyn2", (Base,), {}, mode="fast")
print(Tracker.seen)

try:
    type("Dyn3", (object,), {}, mode="x")
except TypeError as e:
    print(type(e).__name__, e)

# type.__new__ directly
Tracker.seen.clear()
T = type.__new__(type, "T", (Base,), {"u": Tracker()})
print(Tracker.seen, T.__name__, T.__bases__[0].__name__)

# types created dynamically can be subclassed statically
class Static(Dyn, flag=1):
    pass


print(Tracker.seen[-1], [c.__name__ for c in Static.__mro__])

# type.__init__ with wrong arguments
try:
    type.__init__(Static, "x", ())
except TypeError as e:
    print(type(e).__name__, e)
