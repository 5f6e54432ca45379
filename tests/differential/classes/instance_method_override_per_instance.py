# Regular (non-special) methods can be overridden per instance via __dict__.
class Greeter:
    def greet(self):
        return "hello from " + type(self).__name__

    def run(self):
        return self.greet().upper()


a = Greeter()
b = Greeter()
b.greet = lambda: "custom hello"  # plain function: no self is passed
print(a.run(), "|", b.run())
print("greet" in vars(b), "greet" in vars(a))
del b.greet
print(b.run())

# binding a function to a specific instance manually
def loud(self):
    return "LOUD " + type(self).__name__

b.greet = loud.__get__(b)
print(type(b.greet).__name__, b.run(), b.greet.__self__ is b)

# replacing the class method affects instances without overrides
Greeter.greet = lambda self: "patched"
print(a.run(), b.run())

# instance override of a classmethod / staticmethod name
class Tool:
    @classmethod
    def make(cls):
        return "made by " + cls.__name__

    @staticmethod
    def helper():
        return "static helper"


t = Tool()
print(t.make(), t.helper())
t.make = lambda: "instance make"
t.helper = "not callable anymore"
print(t.make(), t.helper, Tool.make(), Tool().helper())

# properties cannot be overridden this way (data descriptor)
class WithProp:
    @property
    def value(self):
        return "prop"


w = WithProp()
w.__dict__["value"] = "dict value"
print(w.value)
try:
    w.value = "assign"
except AttributeError as e:
    print(type(e).__name__, e)
