# Zero-argument and two-argument super().
class A:
    def name(self):
        return "A"

    @classmethod
    def cname(cls):
        return "A.cname(" + cls.__name__ + ")"


class B(A):
    def name(self):
        return "B>" + super().name()

    @classmethod
    def cname(cls):
        return "B>" + super().cname()


class C(B):
    def name(self):
        return "C>" + super().name()

    def skip(self):
        # skip B's implementation explicitly
        return super(B, self).name()

    def explicit(self):
        return super(C, self).name()


c = C()
print(c.name())
print(c.skip())
print(c.explicit())
print(C.cname())
print(super(C, c).name())
print(super(B, c).name())
print(super(C, C).cname())

# unbound super object
s = super(B, c)
print(type(s).__name__)
print(s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)

# super() with second argument not an instance/subtype
try:
    super(C, A())
except TypeError as e:
    print(type(e).__name__, e)

# super attribute missing
try:
    super(A, c).name
except AttributeError as e:
    print(type(e).__name__, e)

# super() in a function not in a class
def loose():
    return super().x
try:
    loose()
except RuntimeError as e:
    print(type(e).__name__, e)

class D(A):
    def name(self):
        return "D>" + super().name()
print(D().name())
print(D.name.__code__.co_freevars)
