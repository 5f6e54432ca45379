# classmethod and staticmethod: binding, access through instances, subclasses.
class Date:
    created = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.created += 1

    @classmethod
    def from_string(cls, s):
        y, m, d = (int(p) for p in s.split("-"))
        return cls(y, m, d)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)


class MyDate(Date):
    pass


print(Date.from_string("2024-02-29"))
print(MyDate.from_string("2000-01-01"))
print(MyDate(1, 2, 3).from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), MyDate(1, 1, 1).is_leap(2024))
print(Date.created)

cm = Date.__dict__["from_string"]
sm = Date.__dict__["is_leap"]
print(type(cm).__name__, type(sm).__name__)
print(cm.__func__.__name__, sm.__func__.__name__)
print(type(Date.from_string).__name__, type(Date.is_leap).__name__)
print(Date.from_string.__self__ is Date, MyDate.from_string.__self__ is MyDate)
print(sm(2004), callable(sm))  # staticmethod objects are callable in 3.10+
bound = cm.__get__(None, MyDate)
print(bound("3-3-3"))

# classmethod wrapping at runtime
def describe(cls):
    return "class " + cls.__name__
Date.describe = classmethod(describe)
print(MyDate.describe(), Date(1, 1, 1).describe())

Date.helper = staticmethod(lambda x: x * 2)
print(Date.helper(4), MyDate(2, 2, 2).helper(5))

try:
    Date.from_string()
except TypeError as e:
    print(type(e).__name__, e)
