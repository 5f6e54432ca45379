# Item and slice assignment and deletion, extended slices included.
ba = bytearray(b"0123456789")
ba[0] = 65
ba[-1] = 0x7a
print(ba)
ba[1:3] = b"BC"
print(ba)
ba[3:5] = b""
print(ba)
ba[3:3] = bytearray(b"xyz")
print(ba)
ba[:2] = [1, 2, 3]
print(ba)
ba[::2] = b"_" * len(ba[::2])
print(ba)
ba[8:2:-3] = b"!?"
print(ba)
del ba[0]
del ba[-1]
print(ba)
del ba[::3]
print(ba)
del ba[2:4]
print(ba)
ba[5:1] = b"ins"
print(ba)
ba[:] = memoryview(b"whole")
print(ba)
ba[1:3] = ba
print(ba)
ba[len(ba):] = range(48, 51)
print(ba)
del ba[:]
print(ba)
# Assigning nothing to an extended slice deletes it.
gaps = bytearray(b"abcdefg")
gaps[::2] = b""
gaps[::-1] = bytearray()
print(gaps)

def show(f):
    try:
        f()
        print("ok", ba)
    except Exception as e:
        print(type(e).__name__, e)

ba = bytearray(b"abcdef")
def setitem(k, v):
    ba[k] = v
def delitem(k):
    del ba[k]
show(lambda: setitem(0, 256))
show(lambda: setitem(0, -1))
show(lambda: setitem(0, b"a"))
show(lambda: setitem(0, "a"))
show(lambda: setitem(10, 1))
show(lambda: setitem(-7, 1))
show(lambda: setitem("a", 1))
show(lambda: setitem(1.0, 1))
show(lambda: setitem(slice(0, 2), 5))
show(lambda: setitem(slice(0, 2), "ab"))
show(lambda: setitem(slice(0, 2), None))
show(lambda: setitem(slice(0, 2), [1, 300]))
show(lambda: setitem(slice(0, 2), [1, "x"]))
show(lambda: setitem(slice(0, 6, 2), b"xy"))
show(lambda: setitem(slice(None, None, -1), b"ab"))
show(lambda: setitem(slice(0, 6, 2), b"XYZ"))
show(lambda: setitem(slice(0, 1, 0), b"x"))
show(lambda: delitem(10))
show(lambda: delitem("x"))
show(lambda: delitem(slice(None, None, -2)))
