# print(file=f), writelines with generators, mixing writes and reads in
# one session, and files used as iterators by built-ins.
import os

base = "/tmp/molt_files_print_%d" % os.getpid()
os.mkdir(base)
path = base + "/p.txt"
try:
    with open(path, "w") as f:
        print("hello", "world", file=f)
        print(1, 2.5, None, [1, "a"], sep="|", end="!\n", file=f)
        f.writelines("%d\n" % i for i in range(3))
        f.writelines([])
    with open(path) as f:
        print(f.read())
    with open(path) as f:
        print(list(map(str.strip, f)))
    with open(path) as f:
        print(sorted(f), )
    with open(path) as f:
        print(sum(1 for _ in f), max(open(path)), len(list(enumerate(open(path)))))
    with open(path) as f:
        first, *rest = f
        print(repr(first), len(rest))
    with open(path) as f:
        it = iter(f)
        print(it is f, next(it), next(f))
        print(next(f, "default?"), [x for x in f])
        print(next(f, "exhausted"))
    with open(path, "a") as f:
        print(f.write(""), f.tell() > 0)
finally:
    os.remove(path)
    os.rmdir(base)
