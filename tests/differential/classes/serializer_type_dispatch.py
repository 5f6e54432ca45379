# A JSON-like serializer dispatching on type via the MRO and a __serialize__ hook.
class Serializer:
    def __init__(self):
        self.handlers = {}

    def register(self, cls):
        def deco(fn):
            self.handlers[cls] = fn
            return fn
        return deco

    def dump(self, obj):
        hook = getattr(type(obj), "__serialize__", None)
        if hook is not None:
            return self.dump(hook(obj))
        for klass in type(obj).__mro__:
            if klass in self.handlers:
                return self.handlers[klass](self, obj)
        raise TypeError(f"Object of type {type(obj).__name__} is not serializable")

s = Serializer()

@s.register(type(None))
def _(ser, o): return "null"
@s.register(bool)
def _(ser, o): return "true" if o else "false"
@s.register(int)
def _(ser, o): return str(int(o))
@s.register(float)
def _(ser, o): return repr(float(o))
@s.register(str)
def _(ser, o): return '"' + o.replace('"', '\\"') + '"'
@s.register(list)
def _(ser, o): return "[" + ", ".join(ser.dump(x) for x in o) + "]"
@s.register(tuple)
def _(ser, o): return ser.dump(list(o))
@s.register(dict)
def _(ser, o): return "{" + ", ".join(ser.dump(str(k)) + ": " + ser.dump(v) for k, v in o.items()) + "}"

class User:
    def __init__(self, name, tags):
        self.name, self.tags = name, tags

    def __serialize__(self):
        return {"type": type(self).__name__, **vars(self)}

class Admin(User):
    level = 9

    def __serialize__(self):
        d = super().__serialize__()
        d["level"] = self.level
        return d

class MyInt(int):
    pass

class Opaque:
    pass

print(s.dump([1, 2.5, "x\"y", None, True, (3, 4)]))
print(s.dump({"a": MyInt(7), 1: [False]}))  # bool before int thanks to MRO lookup of type(o)
print(s.dump(User("ann", ["a", "b"])))
print(s.dump([Admin("root", [])]))
try:
    s.dump({"bad": Opaque()})
except TypeError as e:
    print(type(e).__name__, e)
s.dump({1, 2})
