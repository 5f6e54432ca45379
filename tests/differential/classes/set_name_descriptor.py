# __set_name__ is called on class creation for attributes that define it.
class Field:
    def __init__(self, default=None):
        self.default = default
        self.name = None
        self.owner = None

    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.owner = owner.__name__
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        setattr(obj, self.private, value)


class Record:
    id = Field(0)
    title = Field("untitled")
    shared = Field()
    alias = shared  # same object, two names: __set_name__ called twice


print(Record.id.name, Record.id.owner)
print(Record.shared.name)  # last call wins
r = Record()
print(r.id, r.title)
r.title = "hello"
print(r.title, sorted(vars(r)))

# attributes added after class creation do NOT get __set_name__
late = Field(9)
Record.late = late
print(late.name)
late.__set_name__(Record, "late")
print(Record().late)

# __set_name__ on a type(...) created class
Dyn = type("Dyn", (), {"f": Field(1)})
print(Dyn.f.name, Dyn.f.owner)


# errors raised inside __set_name__ propagate directly (3.12)
class Exploding:
    def __set_name__(self, owner, name):
        raise ValueError("boom in " + name)


try:
    class Host:
        x = Exploding()
except Exception as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__ if e.__cause__ else None)
