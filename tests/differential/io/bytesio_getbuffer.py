# BytesIO.getbuffer(): a writable view of the data that blocks changes in
# size while it lives.
import io

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

b = io.BytesIO(b"abcdef")
b.seek(2)
m = b.getbuffer()
show("view", lambda: (m.readonly, len(m), m.tolist(), m.nbytes, m.format))
show("obj", lambda: (m.obj is b, type(m.obj).__name__, type(m.obj).__module__))
m[0] = 65
m[4:6] = b"EF"
show("getvalue", lambda: b.getvalue())
show("read", lambda: b.read(2))
show("seek", lambda: b.seek(0))
show("readline", lambda: b.readline())
for label, f in [("write", lambda: b.write(b"zz")), ("write empty", lambda: b.write(b"")), ("writelines", lambda: b.writelines([b"q"])),
                 ("truncate", lambda: b.truncate(10)), ("close", lambda: b.close())]:
    show(label, f)
show("closed", lambda: b.closed)
second = b.getbuffer()
show("two views agree", lambda: second.tolist() == m.tolist())
m.release()
show("write with one view left", lambda: b.write(b"zz"))
second.release()
show("write after release", lambda: b.write(b"zz"))
show("value", lambda: b.getvalue())
with b.getbuffer() as v:
    show("slice", lambda: v[1:3].tobytes())
    show("hash", lambda: hash(v))
show("close after with", lambda: b.close())
show("getbuffer when closed", lambda: b.getbuffer())
show("empty", lambda: io.BytesIO().getbuffer().tolist())

def temporary():
    return io.BytesIO(b"tmp").getbuffer()[0]
print(temporary())
