# Views of a bytearray share its memory: writes go both ways.
ba = bytearray(b"hello world")
m = memoryview(ba)
print(m.readonly, m.obj is ba)
m[0] = ord("H")
m[6:11] = b"WORLD"
print(ba)
ba[1] = ord("E")
print(m.tobytes(), m[1])
part = m[6:]
part[0] = ord("w")
print(ba, part.tobytes())
evens = m[::2]
evens[:] = b"______"
print(ba, evens.tolist())
back = m[::-1]
back[0] = ord("!")
print(ba, back[0], back[-1])
m[2:4] = bytearray(b"[]")
m[5:6] = memoryview(b"+")
print(ba)
ro = m.toreadonly()
ba[0] = ord("#")
print(ro[0], ro.tobytes()[:3])
try:
    hash(ro)
except TypeError as e:
    print("TypeError", e)
print(hash(memoryview(b"const")[1:]) == hash(b"onst"))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def setitem(view, k, v):
    view[k] = v
def delitem(view, k):
    del view[k]
show(lambda: setitem(m, 0, 256))
show(lambda: setitem(m, 0, -1))
show(lambda: setitem(m, 0, b"a"))
show(lambda: setitem(m, 0, 1.0))
show(lambda: setitem(m, 20, 1))
show(lambda: setitem(m, slice(0, 2), b"abc"))
show(lambda: setitem(m, slice(0, 2), "ab"))
show(lambda: setitem(m, slice(0, 2), [1, 2]))
show(lambda: setitem(ro, 0, 1))
show(lambda: setitem(memoryview(b"const"), 0, 1))
show(lambda: delitem(m, 0))
show(lambda: delitem(m, slice(0, 1)))
show(lambda: hash(m))
print(ba)
