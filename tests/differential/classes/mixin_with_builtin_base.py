# Mixins combined with built-in bases; MRO determines which method wins.
class ReprMixin:
    def __repr__(self):
        return "<%s %s>" % (type(self).__name__, super().__repr__())


class UpperKeysMixin:
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)


class LoggingMixin:
    log = None

    def __setitem__(self, key, value):
        if self.log is None:
            self.log = []
        self.log.append(key)
        super().__setitem__(key, value)


class Record(ReprMixin, LoggingMixin, UpperKeysMixin, dict):
    pass


print([c.__name__ for c in Record.__mro__])
r = Record()
r["a"] = 1
r["b"] = 2
print(r, r.log, r["A"], isinstance(r, dict))


class Record2(ReprMixin, UpperKeysMixin, LoggingMixin, dict):
    pass


r2 = Record2()
r2["x"] = 9
print(r2, r2.log)


class ListWithRepr(ReprMixin, list):
    pass


print(ListWithRepr([1, 2]), len(ListWithRepr("abc")))


# mixin placed after the builtin never gets called for overridden methods
class LateMixin(dict, UpperKeysMixin):
    pass


l = LateMixin()
l["q"] = 1
print(dict(l), [c.__name__ for c in LateMixin.__mro__])

# two builtin bases with incompatible layouts
try:
    class Impossible(list, dict):
        pass
except TypeError as e:
    print(type(e).__name__, e)
