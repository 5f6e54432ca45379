# super() inside classmethods and alternative constructors.
class Shape:
    registry = []

    def __init__(self, size):
        self.size = size

    @classmethod
    def create(cls, size):
        print("Shape.create for", cls.__name__)
        obj = cls(size)
        Shape.registry.append(cls.__name__)
        return obj

    @classmethod
    def kind(cls):
        return ["shape:" + cls.__name__]

    @staticmethod
    def unit():
        return "cm"


class Square(Shape):
    @classmethod
    def create(cls, size):
        print("Square.create for", cls.__name__)
        return super().create(size * 2)

    @classmethod
    def kind(cls):
        return super().kind() + ["square:" + cls.__name__]

    @staticmethod
    def unit():
        return "m"


class Tiny(Square):
    @classmethod
    def kind(cls):
        return super().kind() + ["tiny"]


s = Square.create(3)
print(type(s).__name__, s.size)
t = Tiny.create(1)
print(type(t).__name__, t.size)
print(Shape.registry)
print(Tiny.kind())
print(t.kind())
print(Shape.unit(), Square.unit(), t.unit())
print(super(Square, t).unit())

# classmethod through instance receives the class
print(s.create(5).size)

# classmethod / staticmethod objects in __dict__
print(type(Shape.__dict__["create"]).__name__, type(Shape.__dict__["unit"]).__name__)
print(Shape.__dict__["unit"].__func__() if hasattr(Shape.__dict__["unit"], "__func__") else "no __func__")
print(Shape.__dict__["create"].__func__.__name__)
bound = Shape.create
print(bound.__self__ is Shape)
