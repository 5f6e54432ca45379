# 'a' and 'x' modes: appending across opens, exclusive creation, tell() in
# append mode, and 'w' truncation.
import os

base = "/tmp/molt_files_append_%d" % os.getpid()
os.mkdir(base)
path = base + "/log.txt"
try:
    for i in range(3):
        with open(path, "a") as f:
            print(f.tell(), f.write("entry %d\n" % i))
    with open(path) as f:
        print(f.read())
    with open(path, "a+") as f:
        f.seek(0)
        print(repr(f.readline()))
        f.write("appended at end\n")
    with open(path) as f:
        print(f.readlines())
    with open(path, "w") as f:
        print(f.tell())
    print(os.path.getsize(path))
    os.remove(path)
    with open(path, "x") as f:
        f.write("new")
    try:
        open(path, "x")
    except FileExistsError as e:
        print("FileExistsError", e.errno, e.strerror)
    with open(path, "x+" if False else "r+") as f:
        print(f.read())
    print(sorted(os.listdir(base)))
finally:
    os.remove(path)
    os.rmdir(base)
