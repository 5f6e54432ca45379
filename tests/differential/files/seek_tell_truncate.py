# seek/tell/truncate/flush on text and binary files, and '+' modes.
import os

base = "/tmp/molt_files_seek_%d" % os.getpid()
os.mkdir(base)
path = base + "/s.txt"


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


try:
    with open(path, "w+") as f:
        print(f.write("hello\nworld\n"), f.tell(), f.seek(0), f.read(), f.tell())
        print(f.seek(6), f.readline(), f.tell(), f.seek(0, 2), f.read(), f.seek(0, 1))
        attempt("cur-relative", lambda: f.seek(1, 1))
        attempt("end-relative", lambda: f.seek(-1, 2))
        attempt("negative", lambda: f.seek(-1))
        attempt("bad whence", lambda: f.seek(0, 3))
        print(f.seek(0), f.truncate(5), f.tell(), f.read(), f.seek(0), f.read())
        f.seek(0, 2)
        f.write("!")
        f.flush()
        f.seek(0)
        print(repr(f.read()))
        print(f.truncate(), f.tell())
        f.seek(0)
        print(f.truncate(2), repr(f.read()))
    with open(path, "r+") as f:
        print(f.read(1), f.tell())
        f.write("Z")
        f.seek(0)
        print(f.read())
    with open(path, "a+") as f:
        print(f.tell(), repr(f.read()))
        f.seek(0)
        print(repr(f.read()))
        f.write("tail")
        f.seek(0)
        print(repr(f.read()))
    with open(path, "wb+") as f:
        f.write(b"0123456789")
        print(f.seek(-3, 2), f.read(), f.seek(2), f.seek(3, 1), f.read(2), f.tell())
        print(f.truncate(20), f.seek(0, 2), f.seek(0), len(f.read()))
        attempt("bad whence", lambda: f.seek(0, 5))
        attempt("seek str", lambda: f.seek("a"))
    with open(path, "rb") as f:
        print(f.seekable(), f.readable(), f.writable(), f.isatty(), f.fileno() > 2)
    print(os.path.getsize(path))
finally:
    os.remove(path)
    os.rmdir(base)
