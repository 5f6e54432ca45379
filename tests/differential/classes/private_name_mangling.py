# Private name mangling of __names inside class bodies.
class Account:
    __secret = "class-secret"

    def __init__(self):
        self.__pin = 1234
        self._protected = "p"
        self.__dunder__ = "not mangled"

    def get_pin(self):
        return self.__pin

    def secret(self):
        return self.__secret

    def __hidden(self):
        return "hidden method"

    def call_hidden(self):
        return self.__hidden()

a = Account()
print(sorted(vars(a)))
print(a.get_pin(), a.secret(), a.call_hidden())
print(a._Account__pin, Account._Account__secret, a._Account__hidden())
try:
    a.__pin
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in Account.__dict__ if "secret" in k or "hidden" in k))

class Sub(Account):
    def __init__(self):
        super().__init__()
        self.__pin = 9999  # becomes _Sub__pin, does not clobber _Account__pin

    def sub_pin(self):
        return self.__pin

s = Sub()
print(sorted(vars(s)), s.get_pin(), s.sub_pin())

# mangling applies to getattr strings? No, only identifiers in the source
class G:
    def __init__(self):
        self.__x = 1

    def via_getattr(self):
        return getattr(self, "__x", "not found")

    def via_mangled(self):
        return getattr(self, "_G__x")

print(G().via_getattr(), G().via_mangled())

# leading underscores in class name are stripped for mangling
class _Under:
    def __init__(self):
        self.__v = 5
print(sorted(vars(_Under())))

# mangling inside nested functions of a method
class Nest:
    def outer(self):
        def inner():
            return self.__attr
        self.__attr = "nested ok"
        return inner()
print(Nest().outer(), sorted(vars(Nest())))
