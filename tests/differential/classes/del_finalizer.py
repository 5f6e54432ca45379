# __del__ runs when the last reference goes (locals, del, handler exits),
# may resurrect the object, and an exception in it is reported, not raised.
class N:
    def __init__(self, n): self.n = n
    def __del__(self):
        print("del", self.n)
class Boom:
    def __del__(self):
        raise ValueError("boom")
def f():
    x = N("local")
    return 1
f()
b = Boom()
del b
class Resurrect:
    saved = []
    def __del__(self):
        print("resurrect")
        Resurrect.saved.append(self)
r = Resurrect()
del r
print(len(Resurrect.saved))
try:
    z = N("exc")
    raise KeyError("k")
except KeyError as e:
    del z
    print("caught", e)
print("end")
