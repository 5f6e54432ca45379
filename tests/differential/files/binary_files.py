# Binary files: bytes in and out, read(n), readline, iteration, seek/tell.
import os

base = "/tmp/molt_files_binary_%d" % os.getpid()
os.mkdir(base)
path = os.path.join(base, "data.bin")
try:
    with open(path, "wb") as f:
        print(type(f).__name__, f.mode, f.write(b"\x00\x01\x02line1\nline2\r\nend"), f.write(bytes(range(250, 256))))
        print(f.tell())
    with open(path, "rb") as f:
        print(type(f).__name__, f.mode, f.read(3), f.read(0), f.tell())
        print(f.readline(), f.readline(), f.readline(2), f.readline())
        print(f.read(), f.read(), f.tell())
        print(f.seek(0), f.read(1), f.seek(-2, 2), f.read(), f.seek(-4, 1), f.read(2), f.tell())
        print(f.seek(3), list(f))
    with open(path, "rb") as f:
        print(f.readlines())
        f.seek(0)
        print(f.readlines(10))
    with open(path, "r+b") as f:
        print(type(f).__name__, f.mode, f.read(4))
        f.write(b"XY")
        f.seek(0)
        print(f.read(8))
        print(f.truncate(5), f.tell())
        f.seek(0)
        print(f.read())
    with open(path, "ab") as f:
        print(f.mode, f.tell(), f.write(b"+tail"))
    with open(path, "rb") as f:
        print(f.read())
    with open(path, "w+b") as f:
        print(f.mode, f.read(), f.write(b"abc"), f.seek(0), f.read())
    with open(path, "rb", buffering=0) as f:
        print(type(f).__name__, f.read(2), f.read())
    with open(path, "wb") as f:
        try:
            f.write("text")
        except TypeError as e:
            print("TypeError", e)
        try:
            f.read()
        except OSError as e:
            print(type(e).__name__, e, isinstance(e, ValueError))
    with open(path, "rb") as f:
        try:
            f.write(b"x")
        except OSError as e:
            print(type(e).__name__, e)
        try:
            f.seek(-1)
        except OSError as e:
            print(type(e).__name__, e.errno, e)
    print(os.path.getsize(path))
finally:
    os.remove(path)
    os.rmdir(base)
print(os.path.exists(base))
