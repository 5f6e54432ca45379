# Reading a larger file: many lines crossing internal buffer boundaries,
# CRLF split across chunks, long lines, readline with limits.
import os

base = "/tmp/molt_files_large_%d" % os.getpid()
os.mkdir(base)
path = base + "/big.txt"
try:
    with open(path, "w", newline="") as f:
        for i in range(3000):
            f.write("line %d %s\r\n" % (i, "x" * (i % 37)))
        f.write("long " + "y" * 20000 + "\n")
        f.write("last")
    with open(path) as f:
        lines = f.readlines()
    print(len(lines), lines[0], lines[2999][:20], len(lines[3000]), lines[-1])
    print(all(l.endswith("\n") for l in lines[:-1]), sum(len(l) for l in lines))
    with open(path, newline="") as f:
        raw = list(f)
    print(len(raw), raw[0], raw[8191 // 40], all(l.endswith("\r\n") for l in raw[:3000]))
    with open(path, "rb") as f:
        blines = f.readlines()
    print(len(blines), blines[5], sum(len(b) for b in blines), os.path.getsize(path))
    with open(path) as f:
        total = 0
        count = 0
        while True:
            chunk = f.read(1000)
            if not chunk:
                break
            total += len(chunk)
            count += chunk.count("\n")
        print(total, count)
    with open(path) as f:
        print(repr(f.readline(4)), repr(f.readline(4)), repr(f.readline()), f.tell())
        for _ in range(2998):
            f.readline()
        print(repr(f.readline()), len(f.readline(30000)), repr(f.readline()))
    with open(path, "rb") as f:
        data = f.read()
        print(len(data), data[:12], data[-6:], f.read(), f.tell())
finally:
    os.remove(path)
    os.rmdir(base)
