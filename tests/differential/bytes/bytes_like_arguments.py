# Built-ins that accept any bytes-like object: int(), float(),
# int.from_bytes(), binary file writes.
import os

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for make in [bytes, bytearray, lambda b: memoryview(b)]:
    show(lambda: int(make(b" 42\n")))
    show(lambda: int(make(b"ff"), 16))
    show(lambda: int(make(b"0x1_0"), 0))
    show(lambda: int(make(b"4\xa02")))
    show(lambda: float(make(b" 1.5e3 ")))
    show(lambda: float(make(b"inf")))
    show(lambda: int.from_bytes(make(b"\x01\x00"), "little"))
    show(lambda: int.from_bytes(make(b"\xff\xfe"), "big", signed=True))
show(lambda: float(b"1.5\x85"))
show(lambda: float(bytearray(b"x")))
show(lambda: int(b"12", 1))
show(lambda: float(b""))
path = "bytes_like_arguments.tmp"
with open(path, "wb") as f:
    print(f.write(b"bytes "), f.write(bytearray(b"bytearray ")), f.write(memoryview(b"memoryview")[:6]))
    show(lambda: f.write("str"))
with open(path, "rb") as f:
    data = f.read()
print(data, type(data).__name__)
os.remove(path)
