# Special methods defined on a metaclass apply to the class object itself.
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = [k for k in ns if k.isupper()]
        return cls

    def __iter__(cls):
        return iter([(k, getattr(cls, k)) for k in cls._members])

    def __len__(cls):
        return len(cls._members)

    def __contains__(cls, value):
        return any(getattr(cls, k) == value for k in cls._members)

    def __getitem__(cls, key):
        if key not in cls._members:
            raise KeyError(key)
        return getattr(cls, key)

    def __repr__(cls):
        return "<enum " + cls.__name__ + ">"

    def __bool__(cls):
        return bool(cls._members)

    def __call__(cls, value):
        for k in cls._members:
            if getattr(cls, k) == value:
                return k
        raise ValueError(f"{value!r} is not a valid {cls.__name__}")

    def __or__(cls, other):
        return cls.__name__ + "|" + other.__name__


class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
    BLUE = 3
    helper = "not a member"


class Empty(metaclass=EnumMeta):
    pass


print(list(Color), len(Color), 2 in Color, 9 in Color)
print(Color["GREEN"], Color(3), repr(Color), str(Color), bool(Color), bool(Empty))
print(Color | Empty)
try:
    Color["PINK"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
print([Color], f"{Color!r}")
# instances don't exist, but instance-level dunders are separate from class-level
class Plain:
    pass
try:
    len(Plain)
except TypeError as e:
    print(type(e).__name__, e)
