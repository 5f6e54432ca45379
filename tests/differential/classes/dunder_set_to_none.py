# Setting special methods to None explicitly disables the protocol.
class NoIter:
    __iter__ = None

    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i

try:
    iter(NoIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in NoIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(NoIter()[1])

class NoHash:
    __hash__ = None

try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)

class NoLen:
    __len__ = None

try:
    len(NoLen())
except TypeError as e:
    print(type(e).__name__, e)
try:
    bool(NoLen())
except TypeError as e:
    print(type(e).__name__, e)

class NoAdd:
    __add__ = None
    __radd__ = None

try:
    NoAdd() + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + NoAdd()
except TypeError as e:
    print(type(e).__name__, e)

class NoCall:
    __call__ = None

print(callable(NoCall()))
try:
    NoCall()()
except TypeError as e:
    print(type(e).__name__, e)

class NoEq:
    __eq__ = None

try:
    print(NoEq() == 1)
except TypeError as e:
    print(type(e).__name__, e)
