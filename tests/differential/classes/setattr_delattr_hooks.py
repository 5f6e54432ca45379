# __setattr__ and __delattr__ hooks, validation and immutability.
class Validated:
    def __setattr__(self, name, value):
        print("  setattr", name, repr(value))
        if name == "age" and value < 0:
            raise ValueError("age must be >= 0")
        super().__setattr__(name, value.strip() if isinstance(value, str) else value)

    def __delattr__(self, name):
        print("  delattr", name)
        if name == "name":
            raise AttributeError("cannot delete name")
        super().__delattr__(name)


v = Validated()
v.name = "  Ann  "
v.age = 30
print(repr(v.name), v.age, sorted(vars(v)))
try:
    v.age = -1
except ValueError as e:
    print(type(e).__name__, e)
print(v.age)
del v.age
print(hasattr(v, "age"))
try:
    del v.name
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del v.nothing
except AttributeError as e:
    print(type(e).__name__, e)
setattr(v, "via_builtin", 1)
delattr(v, "via_builtin")


class Frozen:
    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field '{name}'")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete field '{name}'")


f = Frozen(1, 2)
print(f.x, f.y)
for action in (lambda: setattr(f, "x", 5), lambda: delattr(f, "y")):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
print(f.x, f.y)

# augmented assignment goes through __setattr__
v.count = 1
v.count += 1
print(v.count)
f.x = 10
