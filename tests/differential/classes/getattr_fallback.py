# __getattr__ is only called when normal lookup fails.
class Proxy:
    def __init__(self, target):
        self._target = target
        self.hits = []

    def __getattr__(self, name):
        self.hits.append(name)
        if name.startswith("secret"):
            raise AttributeError("no access to " + name)
        return getattr(self._target, name)


class Target:
    color = "red"

    def shout(self, s):
        return s.upper() + "!"


p = Proxy(Target())
print(p.color, p.shout("hi"))
print(p.hits)  # _target and hits are found normally
print(hasattr(p, "secret_key"), hasattr(p, "color"))
print(getattr(p, "nope", "default"))
try:
    p.secret_x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(p.hits)


class Dynamic:
    def __getattr__(self, name):
        if name.startswith("get_"):
            field = name[4:]
            return lambda: "value of " + field
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


d = Dynamic()
print(d.get_name(), d.get_age())
try:
    d.other
except AttributeError as e:
    print(type(e).__name__, e)

# __getattr__ is not used for dunder lookups by operators
d.__len__ = None
try:
    len(Dynamic())
except TypeError as e:
    print(type(e).__name__, e)


# __getattr__ raising something other than AttributeError escapes hasattr
class Weird:
    def __getattr__(self, name):
        raise KeyError(name)


try:
    hasattr(Weird(), "x")
except KeyError as e:
    print(type(e).__name__, e)
print(getattr(Dynamic(), "plain", "dflt"))
