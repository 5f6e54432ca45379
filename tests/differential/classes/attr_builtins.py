# getattr/setattr/hasattr/delattr builtins with dynamic names and errors.
class Config:
    debug = False

    def __init__(self):
        self.level = 1

c = Config()
for name in ("debug", "level", "missing"):
    print(name, hasattr(c, name), getattr(c, name, "<none>"))

setattr(c, "level", 5)
setattr(c, "new attr with spaces", "ok")
print(c.level, getattr(c, "new attr with spaces"))
print(sorted(vars(c)))
delattr(c, "new attr with spaces")
print(sorted(vars(c)))

setattr(Config, "added", "to class")
print(c.added, Config.added)
delattr(Config, "added")
print(hasattr(c, "added"))

try:
    getattr(c, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(c, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(c, None, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hasattr(c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, "a", "b", "c")
except TypeError as e:
    print(type(e).__name__, e)

# getattr on methods, then calling
m = getattr("hello", "upper")
print(m())
print(getattr(Config, "__name__"), getattr(c, "__class__").__name__)

# hasattr only swallows AttributeError
class Prop:
    @property
    def bad(self):
        raise ValueError("bad property")

    @property
    def missing(self):
        raise AttributeError("really missing")

print(hasattr(Prop(), "missing"))
try:
    hasattr(Prop(), "bad")
except ValueError as e:
    print(type(e).__name__, e)
