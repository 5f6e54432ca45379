# __getitem__/__setitem__/__delitem__ with integer keys, slices and tuples.
class Recorder:
    def __init__(self):
        self.data = {}

    def __getitem__(self, key):
        print("  get", type(key).__name__, key)
        if isinstance(key, slice):
            return (key.start, key.stop, key.step)
        return self.data[key]

    def __setitem__(self, key, value):
        print("  set", type(key).__name__, key, value)
        self.data[key if not isinstance(key, slice) else repr(key)] = value

    def __delitem__(self, key):
        print("  del", type(key).__name__, key)
        del self.data[key]


r = Recorder()
r[1] = "one"
r["k"] = "kay"
r[1, 2] = "tuple"
print(r[1], r["k"], r[1, 2])
print(r[1:5])
print(r[::2])
print(r[:])
try:
    print(r[1:2, 3])  # slices are hashable in 3.12
except KeyError as e:
    print(type(e).__name__, e)
r[0:3] = [9, 9]
print(sorted(map(str, r.data)))
del r[1]
try:
    del r[99]
except KeyError as e:
    print(type(e).__name__, e)
try:
    r["missing"]
except KeyError as e:
    print(type(e).__name__, e)
r[...] = "ellipsis"
print(r[...])

# slice objects
s = slice(1, 10, 3)
print(s.start, s.stop, s.step, s.indices(5))
print(slice(None).indices(4), slice(-3, None).indices(10))


class ReadOnly:
    def __getitem__(self, k):
        return k * 2


ro = ReadOnly()
print(ro[21])
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del ro[0]
except TypeError as e:
    print(type(e).__name__, e)
