# Sorting user classes: only __lt__ is used; __gt__ as reflection; classes
# with __lt__ returning NotImplemented; subclasses of int/str.
log = []


class OnlyGt:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        log.append(("gt", self.v, other.v))
        return self.v > other.v

    def __repr__(self):
        return "G%d" % self.v


print(sorted([OnlyGt(3), OnlyGt(1), OnlyGt(2)]), log)


class NI:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append(("lt", self.v))
        return NotImplemented

    def __gt__(self, other):
        log.append(("gt", self.v))
        return self.v > other.v

    def __repr__(self):
        return "N%d" % self.v


log.clear()
print(sorted([NI(2), NI(1)]), log)


class Nothing:
    pass


try:
    sorted([Nothing(), Nothing()])
except TypeError as e:
    print("TypeError", e)


class MyInt(int):
    def __lt__(self, other):
        log.append(("MyInt.lt", int(self), int(other)))
        return int.__lt__(self, other)


log.clear()
print(sorted([MyInt(3), MyInt(1), MyInt(2)]), log)
log.clear()
print(sorted([MyInt(3), 1, MyInt(2)]), len(log))


class Rec:
    def __init__(self, name, age):
        self.name = name
        self.age = age

    def __repr__(self):
        return "%s:%d" % (self.name, self.age)


people = [Rec("bob", 30), Rec("al", 25), Rec("cy", 30), Rec("di", 25)]
print(sorted(people, key=lambda p: p.age))
print(sorted(people, key=lambda p: (p.age, p.name), reverse=True))


class Truthy:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return [1] if self.v < other.v else []


print([t.v for t in sorted([Truthy(2), Truthy(0), Truthy(1)])])


class Eqs:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        log.append(("eq", self.v, other.v))
        return self.v == other.v

    def __lt__(self, other):
        log.append(("lt", self.v, other.v))
        return self.v < other.v

    __hash__ = None


log.clear()
print(sorted([(Eqs(1), 2), (Eqs(1), 1), (Eqs(0), 5)], key=lambda t: t)[0][1], log)
