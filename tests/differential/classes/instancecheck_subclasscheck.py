# __instancecheck__ and __subclasscheck__ on metaclasses.
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print("  __instancecheck__", cls.__name__, type(obj).__name__)
        return all(hasattr(obj, m) for m in cls.required)

    def __subclasscheck__(cls, sub):
        print("  __subclasscheck__", cls.__name__, sub.__name__)
        return all(hasattr(sub, m) for m in cls.required)


class Quacker(metaclass=DuckMeta):
    required = ("quack",)


class Duck:
    def quack(self):
        return "quack"


class Robot:
    def beep(self):
        return "beep"


print(isinstance(Duck(), Quacker))
print(isinstance(Robot(), Quacker))
print(issubclass(Duck, Quacker), issubclass(Robot, Quacker))
print(isinstance(Duck(), (int, Quacker)))

# exact type match short-circuits __instancecheck__
class Sub(Quacker):
    def quack(self):
        pass
print(isinstance(Sub(), Sub))
print(isinstance(Quacker(), Quacker))


# __instancecheck__ result is coerced with bool
class Weird(type):
    def __instancecheck__(cls, obj):
        return [1]
    def __subclasscheck__(cls, sub):
        return 0


class W(metaclass=Weird):
    pass


print(isinstance(5, W), issubclass(int, W))


# __instancecheck__ defined on the class itself (not metaclass) is ignored
class NotMeta:
    def __instancecheck__(self, obj):
        return True
    @classmethod
    def __subclasscheck__(cls, sub):
        return True


print(isinstance(5, NotMeta), issubclass(int, NotMeta))

# an instance with __instancecheck__ can be used as the second argument
print(isinstance(5, NotMeta()))
