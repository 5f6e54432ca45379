# Files as context managers: nested with, exceptions inside, returning
# from within, the value bound by `as`, and reuse after close.
import os

base = "/tmp/molt_files_with_%d" % os.getpid()
os.mkdir(base)
a = base + "/a.txt"
b = base + "/b.txt"


def copy(src, dst):
    with open(src) as fin, open(dst, "w") as fout:
        for line in fin:
            fout.write(line.upper())
        return fin, fout


try:
    with open(a, "w") as f:
        f.write("alpha\nbeta\n")
    fin, fout = copy(a, b)
    print(fin.closed, fout.closed)
    with open(b) as f:
        print(f.read())
    try:
        with open(a) as f:
            f.readline()
            raise ValueError("boom")
    except ValueError as e:
        print("ValueError", e, f.closed)
    with open(a) as f:
        g = f.__enter__()
        print(g is f)
    print(f.closed)
    try:
        with f:
            pass
    except ValueError as e:
        print("ValueError", e)
    os.remove(b)
finally:
    os.remove(a)
    os.rmdir(base)
