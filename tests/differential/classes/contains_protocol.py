# __contains__ and the fallbacks to __iter__ and __getitem__.
class WithContains:
    def __contains__(self, item):
        print("  __contains__", item)
        return item % 2 == 0

class WithIter:
    def __iter__(self):
        print("  __iter__")
        return iter([1, 2, 3])

class WithGetitem:
    def __getitem__(self, i):
        print("  __getitem__", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10

print(4 in WithContains(), 3 in WithContains(), 3 not in WithContains())
print(2 in WithIter(), 5 in WithIter())
print(10 in WithGetitem(), 99 in WithGetitem())

class TruthyContains:
    def __contains__(self, item):
        return "non-empty string"  # coerced to bool

print(1 in TruthyContains())

class Nothing:
    pass

try:
    1 in Nothing()
except TypeError as e:
    print(type(e).__name__, e)

class NoContains:
    __contains__ = None

    def __iter__(self):
        return iter([1])

try:
    1 in NoContains()
except TypeError as e:
    print(type(e).__name__, e)

# __contains__ raising propagates
class Raiser:
    def __contains__(self, item):
        raise ValueError("cannot check " + repr(item))

try:
    "x" in Raiser()
except ValueError as e:
    print(type(e).__name__, e)

# __eq__ is used for membership in lists
class AlwaysEq:
    def __eq__(self, other):
        return True
print(AlwaysEq() in [1], 5 in [AlwaysEq()])
