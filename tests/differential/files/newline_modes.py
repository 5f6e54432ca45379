# newline= on reading and writing: None (universal, translated), '' (universal,
# untranslated), '\n', '\r', '\r\n'.
import os

base = "/tmp/molt_files_newline_%d" % os.getpid()
os.mkdir(base)
path = base + "/nl.txt"
try:
    with open(path, "wb") as f:
        f.write(b"unix\nmac\rwindows\r\nmixed\r\r\n\nend")
    for nl in (None, "", "\n", "\r", "\r\n"):
        with open(path, newline=nl) as f:
            lines = f.readlines()
        with open(path, newline=nl) as f:
            whole = f.read()
        with open(path, newline=nl) as f:
            first = f.read(6)
            rest = f.readline()
        print(repr(nl), lines, repr(whole), repr(first), repr(rest))
    for nl in (None, "", "\n", "\r", "\r\n"):
        with open(path, "w", newline=nl) as f:
            f.write("a\nb\r\nc\rd\n")
        with open(path, "rb") as f:
            print(repr(nl), f.read())
    with open(path, "w") as f:
        f.write("one\r\ntwo\r\n")
    with open(path) as f:
        print([line for line in f])
        print(f.tell())
    with open(path, newline="") as f:
        print(list(f))
finally:
    os.remove(path)
    os.rmdir(base)
