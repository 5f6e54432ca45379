# An AttributeError raised inside a property getter triggers __getattr__.
class Profile:
    def __init__(self):
        self.first = "Ada"

    @property
    def full_name(self):
        # bug: self.last does not exist -> AttributeError inside the property
        return self.first + " " + self.last

    @property
    def ok(self):
        return "ok property"

    def __getattr__(self, name):
        print("  __getattr__ called for", repr(name))
        if name == "nickname":
            return "addy"
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


p = Profile()
print(p.ok)
print(p.nickname)
try:
    p.full_name
except AttributeError as e:
    print(type(e).__name__, e)


class Masking:
    @property
    def data(self):
        raise AttributeError("inner problem")

    def __getattr__(self, name):
        return "masked:" + name


print(Masking().data)


# a property raising another exception is not masked
class NotMasked:
    @property
    def data(self):
        raise KeyError("inner key")

    def __getattr__(self, name):
        return "never"


try:
    NotMasked().data
except KeyError as e:
    print(type(e).__name__, e)

# hasattr sees the AttributeError from the property too
class NoGetattr:
    @property
    def broken(self):
        return self.missing

print(hasattr(NoGetattr(), "broken"))
try:
    NoGetattr().broken
except AttributeError as e:
    print(type(e).__name__, e)
