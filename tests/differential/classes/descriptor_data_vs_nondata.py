# Data descriptors beat instance __dict__; non-data descriptors lose to it.
class DataDesc:
    def __get__(self, obj, objtype=None):
        return "data-desc"

    def __set__(self, obj, value):
        print("  DataDesc.__set__", value)
        obj.__dict__["d"] = value


class NonDataDesc:
    def __get__(self, obj, objtype=None):
        return "nondata-desc"


class GetOnlySetOnly:
    # __set__ only (no __get__): still a data descriptor
    def __set__(self, obj, value):
        print("  set-only __set__", value)


class C:
    d = DataDesc()
    n = NonDataDesc()
    s = GetOnlySetOnly()


c = C()
print(c.d, c.n)
c.__dict__["d"] = "instance-d"
c.__dict__["n"] = "instance-n"
print(c.d, c.n)  # data desc wins, instance dict wins over non-data
c.d = "assigned"
print(c.d, c.__dict__["d"])
c.n = "assigned-n"  # plain instance assignment
print(c.n)
del c.n
print(c.n)

print(type(C.__dict__["s"]).__name__ == type(C.s).__name__)  # no __get__ -> returns the descriptor object
c.s = 5
c.__dict__["s"] = "in-dict"
print(c.s)  # instance dict is used for lookup since no __get__

# descriptor accessed on the class: obj is None
class Show:
    def __get__(self, obj, objtype=None):
        return ("obj is None" if obj is None else "obj is instance", objtype.__name__)

class D:
    attr = Show()

class E(D):
    pass

print(D.attr, D().attr, E.attr, E().attr)

# data descriptor without __delete__
try:
    del c.d
except AttributeError as e:
    print(type(e).__name__, e)
