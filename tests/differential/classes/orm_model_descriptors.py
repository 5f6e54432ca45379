# A small ORM-like model layer built from descriptors and __init_subclass__.
class Field:
    def __init__(self, kind, required=True, default=None):
        self.kind, self.required, self.default = kind, required, default

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj._values.get(self.name, self.default)

    def __set__(self, obj, value):
        if value is not None and not isinstance(value, self.kind):
            raise TypeError(f"{type(obj).__name__}.{self.name} expects {self.kind.__name__}, got {type(value).__name__}")
        obj._values[self.name] = value

class Model:
    tables = {}

    def __init_subclass__(cls, table=None, **kw):
        super().__init_subclass__(**kw)
        cls.fields = [k for k, v in vars(cls).items() if isinstance(v, Field)]
        cls.table = table or cls.__name__.lower() + "s"
        cls.rows = []
        Model.tables[cls.table] = cls

    def __init__(self, **kwargs):
        self._values = {}
        for name in self.fields:
            if name in kwargs:
                setattr(self, name, kwargs.pop(name))
            elif getattr(type(self), name).required:
                raise ValueError(f"missing required field {name!r}")
        if kwargs:
            raise TypeError(f"unknown fields: {sorted(kwargs)}")

    def save(self):
        type(self).rows.append(self)
        return self

    @classmethod
    def where(cls, **conds):
        return [r for r in cls.rows if all(getattr(r, k) == v for k, v in conds.items())]

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"{type(self).__name__}({inner})"

class User(Model):
    name = Field(str)
    age = Field(int)
    email = Field(str, required=False, default="n/a")

class Post(Model, table="articles"):
    title = Field(str)
    author = Field(str)

User(name="ann", age=31).save()
User(name="bob", age=25, email="b@x").save()
Post(title="Hi", author="ann").save()
print(sorted(Model.tables), User.fields, Post.table)
print(User.where(name="bob"), User.where(age=31), Post.where(author="ann"))
for kwargs in ({"name": "c"}, {"name": "c", "age": "old"}, {"name": "d", "age": 1, "zip": 0}):
    try:
        User(**kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(len(User.rows), len(Post.rows), type(User.name).__name__)
