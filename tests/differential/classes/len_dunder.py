# __len__ and len() conversions and errors.
class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(len(L(0)), len(L(5)))


class IdxLen:
    def __index__(self):
        return 7


print(len(L(IdxLen())))


class BoolLen:
    def __len__(self):
        return True


print(len(BoolLen()), type(len(BoolLen())).__name__)


class IntSubLen:
    def __len__(self):
        class MyInt(int):
            pass
        return MyInt(4)


print(len(IntSubLen()), type(len(IntSubLen())).__name__)

for bad in (-1, 1.5, "3", None, 2 ** 64):
    try:
        print(len(L(bad)))
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(bad), type(e).__name__, e)


class NoLen:
    pass


try:
    len(NoLen())
except TypeError as e:
    print(type(e).__name__, e)

try:
    len(NoLen)
except TypeError as e:
    print(type(e).__name__, e)

# len on an instance where __len__ is an instance attribute is ignored
n = NoLen()
n.__len__ = lambda: 3
try:
    len(n)
except TypeError as e:
    print(type(e).__name__, e)
print(n.__len__())
