# `self.count += 1` reads the class attribute but writes an instance attribute.
class Visitor:
    count = 0
    tags = []

    def visit(self):
        self.count += 1  # creates/updates an instance attribute
        return self.count

    def visit_class(self):
        type(self).count += 1
        return type(self).count

    def tag(self, t):
        self.tags += [t]  # list.__iadd__ mutates the shared list, then binds on the instance
        return self.tags


a, b = Visitor(), Visitor()
print(a.visit(), a.visit(), b.visit(), Visitor.count)
print(sorted(vars(a).items()), sorted(vars(b).items()))
print(a.visit_class(), b.visit_class(), Visitor.count, a.count, b.count)
del a.count
print(a.count)

print(a.tag("x"), b.tag("y"), Visitor.tags)
print(a.tags is Visitor.tags, "tags" in vars(a))


# tuple class attribute: += creates a new object per instance
class TupleTags:
    tags = ()

    def tag(self, t):
        self.tags += (t,)
        return self.tags


c, d = TupleTags(), TupleTags()
print(c.tag(1), c.tag(2), d.tag(3), TupleTags.tags)


# subclass counters share or not depending on where they are written
class Base:
    n = 0

    @classmethod
    def bump(cls):
        cls.n += 1


class Left(Base):
    pass


class Right(Base):
    pass


Left.bump(); Left.bump(); Right.bump(); Base.bump()
print(Base.n, Left.n, Right.n, "n" in vars(Left), "n" in vars(Right))
