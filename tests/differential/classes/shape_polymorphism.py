# Polymorphism with an abstract-ish base raising NotImplementedError.
class Shape:
    name = "shape"

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")

    def perimeter(self):
        raise NotImplementedError(f"{type(self).__name__} must implement perimeter()")

    def describe(self):
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        args = ", ".join(f"{v!r}" for v in vars(self).values())
        return f"{type(self).__name__}({args})"

class Rect(Shape):
    name = "rectangle"

    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rect):
    name = "square"

    def __init__(self, side):
        super().__init__(side, side)

class Circle(Shape):
    name = "circle"
    PI = 3.14159

    def __init__(self, r):
        self.r = r

    def area(self):
        return self.PI * self.r ** 2

    def perimeter(self):
        return 2 * self.PI * self.r

class Blob(Shape):
    def area(self):
        return 1.0

shapes = [Rect(2, 3), Square(2), Circle(1), Circle(0.5)]
for s in shapes:
    print(repr(s), "->", s.describe())
print(sorted(shapes), max(shapes).name)
print(sum(s.area() for s in shapes if isinstance(s, Rect)))
print([type(s).__name__ for s in shapes if type(s) is Rect])
try:
    Blob().describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
Shape().area()
