# memoryview over bytes: indexing, slicing, conversions and attributes.
m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m[True], m[1:4].tobytes(), m[::2].tolist(), m[::-1].tobytes(), m[10:].tobytes())
print(m.tobytes(), m.tolist(), m.hex(), m.hex(":"), m.tobytes("C"), m.tobytes(order="A"), bytes(m), bytearray(m))
print(m.nbytes, m.readonly, m.itemsize, m.format, m.ndim, m.shape, m.strides, m.suboffsets)
print(m.c_contiguous, m.f_contiguous, m.contiguous, m[::2].contiguous, m[::2].strides, m[::-1].strides, m[::2].nbytes)
print(m[3:3].contiguous, m[3:3:-1].contiguous, m[3:4:-1].contiguous, m[4:3:-1].contiguous, m[4:3:-1].strides)
print(m.obj, m[2:].obj is m.obj, memoryview(m).obj is m.obj, m.toreadonly().readonly)
print(list(m), list(reversed(m[1:4])), 98 in m, b"b" in m, [x for x in m[::3]])
print(m == b"abcdef", m == bytearray(b"abcdef"), m == memoryview(b"abcdef"), m[::2] == b"ace", m != b"x", m == [97], m == "abcdef")
print(hash(m) == hash(b"abcdef"), hash(m[::2]) == hash(b"ace"), bool(memoryview(b"")), bool(m))
print(str(m)[:10], repr(m)[:10], type(m).__name__, type(iter(m)).__name__, isinstance(m, memoryview))
print(m.cast("B").tolist(), m[1:3].cast("B").tobytes())
nested = memoryview(b"0123456789")[2:9][1:6:2]
print(nested.tobytes(), nested.tolist(), len(nested), nested.strides, nested[-1])

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: memoryview("str"))
show(lambda: memoryview(5))
show(lambda: memoryview([1, 2]))
show(lambda: memoryview())
show(lambda: memoryview(b"a", b"b"))
show(lambda: memoryview(obj=b"x"))
show(lambda: memoryview(object=b"xy").tolist())
show(lambda: m[6])
show(lambda: m[-7])
show(lambda: m["a"])
show(lambda: m[1.0])
show(lambda: m[...])
show(lambda: m[0, 1])
show(lambda: m.tobytes("X"))
show(lambda: m < m)
show(lambda: m + b"x")
show(lambda: m * 2)
