# Extended slices on lists: reads, assignment, deletion, negative steps,
# sizes that must match, self-assignment.
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


a = list(range(12))
print(a[::3], a[1::4], a[::-4], a[-1:2:-3], a[100:], a[-100:3], a[3:-100:-1])
b = a[:]
b[::2] = "abcdef"
print(b)
b = a[:]
b[1::3] = [None] * 4
print(b)
b = a[:]
b[::-2] = range(6)
print(b)
b = a[:]
attempt("size mismatch", lambda: b.__setitem__(slice(None, None, 2), [1, 2]))
b = a[:]
del b[::3]
print(b)
b = a[:]
del b[-1:-8:-2]
print(b)
b = a[:]
b[2:5] = []
print(b)
b[2:2] = "xyz"
print(b)
b[:] = b
print(b)
b[len(b):] = [99]
b[:0] = [-1]
print(b)
b[3:1] = ["inserted"]
print(b)
b = a[:]
b[::1] = "ab"
print(b)
b = [1, 2, 3]
b[1:2] = b
print(b)
b = [1, 2, 3, 4]
b[::-1] = b
print(b)
attempt("assign int", lambda: a.__setitem__(slice(0, 1), 5))
attempt("step zero", lambda: a.__setitem__(slice(None, None, 0), []))
c = a[:]
del c[:]
print(c, a[slice(2, 8, 2)], a[True:5])
