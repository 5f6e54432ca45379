# Unhashable built-in types have __hash__ = None in their dict, so the
# test `cls.__hash__ is None` tells them apart (dataclasses relies on it).
for cls in (list, dict, set, type({}.keys()), type({}.items()), int, str, tuple, frozenset, object, type({}.values())):
    h = cls.__dict__.get("__hash__", "inherited")
    print(cls.__name__, "__hash__" in cls.__dict__, h is None, cls.__hash__ is None)


class L(list):
    pass


class Hashable(list):
    def __hash__(self):
        return 1


print(L.__hash__ is None, Hashable.__hash__ is None, hash(Hashable()))
for v in ([], {}, set(), L()):
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    list.__hash__([])
except TypeError as e:
    print(type(e).__name__, e)
