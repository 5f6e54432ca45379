class _Hidden:
    def __init__(self, __v):
        self.__v = __v
    def get(self):
        return self.__v
    def __repr__(self):
        return f"_Hidden({self.__v!r})"
    @staticmethod
    def __helper(x):
        return x * 2
    def use(self):
        return _Hidden.__helper(self.__v)
    class Inner:
        def __init__(self):
            self.__w = 5
        def keys(self):
            return sorted(vars(self))
    def gen(self):
        return [self.__v + i for i in range(2)]
    def lam(self):
        f = lambda: self.__v
        return f()

h = _Hidden(4)
print(h.get(), h, h.use(), _Hidden.Inner().keys(), h.gen(), h.lam(), sorted(vars(h)))
class ___:
    __x = 1
print(sorted(k for k in vars(___) if "x" in k))
def outside():
    class C:
        __count = 0
        def bump(self):
            C.__count += 1
            return C.__count
    c = C()
    c.bump()
    return c.bump(), hasattr(C, "_C__count"), hasattr(C, "__count")
print(outside())
try:
    h.__v
except AttributeError as e:
    print(e)
