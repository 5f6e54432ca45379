# Text files: write, read back, read(n), readline, readlines, iteration.
import os

base = "/tmp/molt_files_text_write_read_%d" % os.getpid()
os.mkdir(base)
path = base + "/a.txt"
try:
    f = open(path, "w")
    print(f.write("first line\n"), f.write("second line\nthird"), f.writable(), f.readable())
    f.close()
    print(f.closed)
    with open(path) as f:
        print(repr(f.read()))
    with open(path) as f:
        print(repr(f.read(5)), repr(f.read(0)), repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
    with open(path) as f:
        print(f.readlines())
    with open(path) as f:
        print([line for line in f])
    with open(path) as f:
        print(repr(f.readline(3)), repr(f.readline(100)), f.readlines(5))
    with open(path, "r") as f:
        for i, line in enumerate(f):
            print(i, repr(line.rstrip("\n")))
    with open(path, "a") as f:
        f.write("\nappended")
        print(f.tell())
    with open(path) as f:
        print(f.read().splitlines())
    with open(path, "w") as f:
        f.writelines(["x\n", "y\n", "z"])
    with open(path) as f:
        print(list(f), f.closed)
    print(f.closed)
    with open(path, "w") as f:
        pass
    with open(path) as f:
        print(repr(f.read()), repr(f.readline()), f.readlines())
finally:
    if os.path.exists(path):
        os.remove(path)
    os.rmdir(base)
