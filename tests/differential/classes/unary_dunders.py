# Unary dunders: __neg__, __pos__, __invert__, __abs__ and errors.
class Q:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "Q(%r)" % self.v

    def __neg__(self):
        return Q(-self.v)

    def __pos__(self):
        return Q(+self.v if self.v >= 0 else 0)

    def __invert__(self):
        return Q(~self.v)

    def __abs__(self):
        return Q(abs(self.v))


q = Q(5)
print(-q, +q, ~q, abs(q))
print(-(-q), +Q(-3), abs(Q(-8)), ~Q(-1))
print(-q.v, not q)


class Nothing:
    pass


for label, fn in [("neg", lambda: -Nothing()), ("pos", lambda: +Nothing()),
                  ("inv", lambda: ~Nothing()), ("abs", lambda: abs(Nothing()))]:
    try:
        fn()
    except TypeError as e:
        print(label, type(e).__name__, e)

# unary ops on a class (type object)
try:
    -Q
except TypeError as e:
    print(type(e).__name__, e)


# unary dunder returning a different type
class Weird:
    def __neg__(self):
        return "negated"

    def __invert__(self):
        return NotImplemented


print(-Weird())
print(~Weird())  # NotImplemented is simply returned for unary ops

# bool subclass behaviour with unary ops inherited from int
class MyInt(int):
    pass
m = MyInt(4)
print(-m, type(-m).__name__, ~m, abs(MyInt(-2)), type(abs(MyInt(-2))).__name__)
