# StringIO's argument errors and its behaviour once closed.
import io

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = io.StringIO("abc")
show("write bytes", lambda: s.write(b"x"))
show("write int", lambda: s.write(1))
show("seek negative", lambda: s.seek(-1))
show("seek cur", lambda: s.seek(1, 1))
show("seek end", lambda: s.seek(-1, 2))
show("seek whence", lambda: s.seek(0, 3))
show("seek str", lambda: s.seek("0"))
show("seek float", lambda: s.seek(1.5))
show("truncate negative", lambda: s.truncate(-1))
show("truncate str", lambda: s.truncate("1"))
show("read str", lambda: s.read("1"))
show("readline float", lambda: s.readline(1.0))
show("readlines str", lambda: s.readlines("x"))
show("read args", lambda: s.read(1, 2))
show("fileno", lambda: s.fileno())
show("detach", lambda: s.detach())
show("init int", lambda: io.StringIO(1))
show("init bytes", lambda: io.StringIO(b"x"))
show("init args", lambda: io.StringIO("a", "\n", 3))
show("init kw", lambda: io.StringIO(x=1))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
try:
    s.fileno()
except io.UnsupportedOperation as e:
    print("caught", type(e).__name__, e)
try:
    s.fileno()
except OSError as e:
    print("caught as OSError", e)

with io.StringIO("inside") as w:
    print(w.read(), w.closed)
print(w.closed)
for name in ["read", "write", "getvalue", "tell", "seek", "truncate", "readline", "readlines", "writelines", "readable", "writable",
             "seekable", "isatty", "flush", "next", "iter", "enter", "newlines", "close", "closed"]:
    calls = {"read": lambda: w.read(), "write": lambda: w.write("x"), "getvalue": lambda: w.getvalue(), "tell": lambda: w.tell(),
             "seek": lambda: w.seek(0), "truncate": lambda: w.truncate(), "readline": lambda: w.readline(), "readlines": lambda: w.readlines(),
             "writelines": lambda: w.writelines([]), "readable": lambda: w.readable(), "writable": lambda: w.writable(),
             "seekable": lambda: w.seekable(), "isatty": lambda: w.isatty(), "flush": lambda: w.flush(), "next": lambda: next(w),
             "iter": lambda: iter(w), "enter": lambda: w.__enter__(), "newlines": lambda: w.newlines, "close": lambda: w.close(),
             "closed": lambda: w.closed}
    show(name, calls[name])
