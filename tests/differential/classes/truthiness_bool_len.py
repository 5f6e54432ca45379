# Truthiness via __bool__ and __len__, and their error paths.
class AlwaysFalse:
    def __bool__(self):
        print("  __bool__ called")
        return False

class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print("  __len__ called")
        return self.n

class Both:
    def __bool__(self):
        print("  Both.__bool__")
        return True

    def __len__(self):
        print("  Both.__len__")
        return 0

class Neither:
    pass

print(bool(AlwaysFalse()))
print(bool(Sized(0)), bool(Sized(3)))
print(bool(Both()))
print(bool(Neither()))
if Sized(0):
    print("truthy")
else:
    print("falsy")
print("and:", Sized(2) and "yes")
print("or:", AlwaysFalse() or "fallback")
print("not:", not Sized(0))
print("while:")
s = Sized(1)
while s:
    s.n -= 1
print("filter:", len(list(filter(None, [Sized(0), Sized(1)]))))

class BadBool:
    def __bool__(self):
        return 1

class NegLen:
    def __len__(self):
        return -1

class BigLen:
    def __len__(self):
        return 2 ** 100

for cls in (BadBool, NegLen, BigLen):
    try:
        bool(cls())
    except (TypeError, ValueError, OverflowError) as e:
        print(cls.__name__, type(e).__name__, e)

# __bool__ = None makes it unusable
class NoBool:
    __bool__ = None
try:
    bool(NoBool())
except TypeError as e:
    print(type(e).__name__, e)
