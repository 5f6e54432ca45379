# open() errors: missing files, bad modes and arguments, closed files.
import os

base = "/tmp/molt_files_open_errors_%d" % os.getpid()
os.mkdir(base)


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


def details(label, fn):
    try:
        fn()
    except OSError as e:
        print(label, type(e).__name__, e.errno, e.strerror, e.filename.replace(base, "BASE"), e.args, str(e).replace(base, "BASE"))


try:
    details("missing", lambda: open(base + "/nope.txt"))
    details("missing rb", lambda: open(base + "/nope.bin", "rb"))
    details("missing dir", lambda: open(base + "/no/such/file.txt", "w"))
    details("directory", lambda: open(base))
    path = base + "/exists.txt"
    with open(path, "x") as f:
        f.write("made")
    details("exclusive", lambda: open(path, "x"))
    try:
        open("relative-missing-file.txt")
    except FileNotFoundError as e:
        print("relative", e)
    attempt("bad mode", lambda: open(path, "rw"))
    attempt("dup mode", lambda: open(path, "rr"))
    attempt("unknown mode", lambda: open(path, "z"))
    attempt("text+binary", lambda: open(path, "rtb"))
    attempt("no rw", lambda: open(path, "b"))
    attempt("plus only", lambda: open(path, "+"))
    attempt("binary encoding", lambda: open(path, "rb", encoding="utf-8"))
    attempt("binary errors", lambda: open(path, "rb", errors="strict"))
    attempt("binary newline", lambda: open(path, "rb", newline=""))
    attempt("bad newline", lambda: open(path, newline="x"))
    attempt("unknown encoding", lambda: open(path, encoding="no-such-codec"))
    attempt("unbuffered text", lambda: open(path, buffering=0))
    attempt("mode type", lambda: open(path, 5))
    attempt("path type", lambda: open(3.5))
    attempt("path list", lambda: open([]))
    attempt("bad kw", lambda: open(path, foo=1))
    attempt("encoding type", lambda: open(path, encoding=5))
    f = open(path)
    f.close()
    f.close()
    attempt("read closed", lambda: f.read())
    attempt("readline closed", lambda: f.readline())
    attempt("write closed", lambda: f.write("x"))
    attempt("iter closed", lambda: iter(f))
    attempt("tell closed", lambda: f.tell())
    attempt("with closed", lambda: f.__enter__())
    attempt("readable closed", lambda: f.readable())
    print(f.closed, f.name == path, f.mode)
    r = open(path)
    attempt("write to reader", lambda: r.write("x"))
    attempt("truncate reader", lambda: r.truncate())
    attempt("write bytes to text", lambda: open(path, "a").write(b"x"))
    r.close()
    w = open(path, "w")
    attempt("read from writer", lambda: w.read())
    attempt("readline from writer", lambda: w.readline())
    w.close()
    try:
        open(path).write("x")
    except OSError as e:
        print(isinstance(e, ValueError), isinstance(e, OSError), type(e).__name__)
    os.remove(path)
    details("remove missing", lambda: os.remove(path))
finally:
    os.rmdir(base)
details("rmdir missing", lambda: os.rmdir(base))
