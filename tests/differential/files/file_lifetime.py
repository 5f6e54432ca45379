# Files close when freed (reference counting), at the end of `with`, and
# on explicit close; data written is flushed then. repr, name and mode.
import os

base = "/tmp/molt_files_lifetime_%d" % os.getpid()
os.mkdir(base)
path = base + "/life.txt"
try:
    f = open(path, "w")
    f.write("buffered")
    print(repr(open(path).read()))
    del f
    print(repr(open(path).read()))

    def writer():
        g = open(path, "a")
        g.write(" more")

    writer()
    print(repr(open(path).read()))
    open(path, "a").write(" again")
    print(repr(open(path).read()))
    with open(path) as h:
        print(h.closed, h.name == path, h.mode, h.readable(), h.writable())
        inner = h
    print(inner.closed)
    r = repr(open(path, "rb")).replace(path, "PATH")
    print(r)
    print(repr(open(path, "a")).replace(path, "PATH"))
    print(repr(open(path, "r+b")).replace(path, "PATH"))
    print(repr(open(path, "ab")).replace(path, "PATH"))
    print(repr(open(path, "rb", buffering=0)).replace(path, "PATH"))
    x = open(path, "r", encoding="latin-1")
    print(repr(x).replace(path, "PATH"), x.mode, open(path, "rt").mode, open(path, "a+").mode)
    print(open(path, "ab+").mode, open(path, "wb").mode, open(path, "r+").mode)
    x.close()
    print(repr(x).replace(path, "PATH"))
    lines = [line for line in open(path)]
    print(lines)

    class Path:
        def __init__(self, p):
            self.p = p

        def __fspath__(self):
            return self.p

    with open(Path(path)) as p:
        print(p.read(), p.name == path)
    try:
        with open(path) as f:
            raise KeyError("inside")
    except KeyError as e:
        print("KeyError", e, f.closed)
finally:
    os.remove(path)
    os.rmdir(base)
print(os.path.exists(path))
