# Overriding and extending properties in subclasses.
class Base:
    def __init__(self):
        self._v = 1

    @property
    def value(self):
        return self._v

    @value.setter
    def value(self, v):
        self._v = v


class Doubled(Base):
    @property
    def value(self):
        return super().value * 2
    # no setter: assignment is now an error


class Validated(Base):
    @Base.value.setter
    def value(self, v):
        if v < 0:
            raise ValueError("negative")
        Base.value.fset(self, v)


class ReadThrough(Base):
    value = Base.value.getter(lambda self: "RT:" + str(self._v))


b = Base()
b.value = 5
print(b.value)

d = Doubled()
print(d.value)
try:
    d.value = 3
except AttributeError as e:
    print(type(e).__name__, e)

v = Validated()
v.value = 7
print(v.value)
try:
    v.value = -1
except ValueError as e:
    print(type(e).__name__, e)

r = ReadThrough()
r.value = 9
print(r.value)

print(Base.value is not Validated.value, Base.value.fget is Validated.value.fget)
print(Base.value.fset is ReadThrough.value.fset)

# property with a class-level override by plain attribute
class Plain(Base):
    value = "class attr"
p = Plain()
print(p.value)
p.value = "instance"
print(p.value, Base.value.__get__(p), Base.value.__get__(None, Base) is Base.value)
