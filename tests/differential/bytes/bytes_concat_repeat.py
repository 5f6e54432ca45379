# + and * between bytes-like objects and their errors.
print(b"ab" + b"cd", b"ab" + bytearray(b"cd"), b"ab" + memoryview(b"cd"), bytearray(b"ab") + b"cd", bytearray(b"ab") + memoryview(b"!"))
print(type(b"" + bytearray()).__name__, type(bytearray() + b"").__name__)
print(b"ab" * 3, 2 * b"xy", b"ab" * 0, b"ab" * -1, bytearray(b"ab") * 2, 3 * bytearray(b"-"))

class N:
    def __index__(self):
        return 2
print(b"ab" * N(), bytearray(b"z") * N())

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: b"ab" + "cd")
show(lambda: b"ab" + 1)
show(lambda: b"ab" + [1])
show(lambda: "ab" + b"cd")
show(lambda: [1] + b"cd")
show(lambda: bytearray(b"ab") + "cd")
show(lambda: memoryview(b"ab") + b"cd")
show(lambda: b"ab" * "3")
show(lambda: b"ab" * 1.5)
show(lambda: bytearray(b"ab") * b"x")
show(lambda: b"ab" * bytearray(b"x"))
show(lambda: -b"ab")
show(lambda: b"ab" - b"a")
released = memoryview(b"x")
released.release()
show(lambda: b"ab" + released)
