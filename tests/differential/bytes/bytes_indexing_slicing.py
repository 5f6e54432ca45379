# Indexing gives ints, slicing gives the same type, iteration gives ints.
b = b"abcdefgh"
print(b[0], b[-1], b[3], type(b[0]).__name__)
print(b[2:5], b[:3], b[5:], b[::2], b[::-1], b[-3:-1], b[10:20], b[5:2], b[1:7:3], b[7:0:-2])
print(b[True], b[slice(1, 3)])
print(list(b), [x for x in b"xyz"], sum(b"\x01\x02\x03"))
print(list(reversed(b"abc")), max(b"hello"), min(b"hello"), sorted(b"cab"))
it = iter(b"ab")
print(type(it).__name__, next(it), next(it), next(it, "done"))

class Idx:
    def __index__(self):
        return 2
print(b[Idx()], bytearray(b)[Idx()])

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: b[8])
show(lambda: b[-9])
show(lambda: b["a"])
show(lambda: b[1.0])
show(lambda: b[2**70])
show(lambda: b[::0])
show(lambda: bytearray(b)[8])
show(lambda: bytearray(b)["a"])

ba = bytearray(b"abcdefgh")
print(ba[0], ba[-1], ba[2:5], ba[::-1], type(ba[1:2]).__name__)
print(list(ba), list(reversed(ba)))
# Iterating a bytearray sees changes made during the loop
seen = []
for x in ba:
    seen.append(x)
    if x == 98:
        del ba[3:]
print(seen, ba)
print(b"abc"[:] is b"abc"[:] or True, len(b""), bool(b""), bool(b"\x00"))
