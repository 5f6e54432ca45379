# BytesIO's argument errors and its behaviour once closed.
import io

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

b = io.BytesIO(b"abc")
show("write str", lambda: b.write("x"))
show("write int", lambda: b.write(1))
show("seek negative", lambda: b.seek(-1))
show("seek whence", lambda: b.seek(0, 3))
show("seek float", lambda: b.seek(1.5))
show("truncate negative", lambda: b.truncate(-1))
show("read str", lambda: b.read("x"))
show("readline str", lambda: b.readline("x"))
show("readinto bytes", lambda: b.readinto(b"xx"))
show("readinto view", lambda: b.readinto(memoryview(b"xx")))
show("init str", lambda: io.BytesIO("text"))
show("init kw", lambda: io.BytesIO(x=1))
show("init args", lambda: io.BytesIO(b"a", b"b"))
show("fileno", lambda: b.fileno())
b.close()
b.close()
for name in ["read", "read1", "write", "getvalue", "tell", "seek", "truncate", "readline", "readlines", "writelines", "readable",
             "writable", "seekable", "isatty", "flush", "next", "enter", "readinto", "closed", "fileno"]:
    calls = {"read": lambda: b.read(), "read1": lambda: b.read1(), "write": lambda: b.write(b"x"), "getvalue": lambda: b.getvalue(),
             "tell": lambda: b.tell(), "seek": lambda: b.seek(0), "truncate": lambda: b.truncate(), "readline": lambda: b.readline(),
             "readlines": lambda: b.readlines(), "writelines": lambda: b.writelines([]), "readable": lambda: b.readable(),
             "writable": lambda: b.writable(), "seekable": lambda: b.seekable(), "isatty": lambda: b.isatty(), "flush": lambda: b.flush(),
             "next": lambda: next(b), "enter": lambda: b.__enter__(), "readinto": lambda: b.readinto(bytearray(1)),
             "closed": lambda: b.closed, "fileno": lambda: b.fileno()}
    show(name, calls[name])
