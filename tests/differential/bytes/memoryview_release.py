# Releasing views; exports keep a bytearray from being resized.
ba = bytearray(b"abc")
m = memoryview(ba)

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("append", lambda: ba.append(1))
show("extend empty", lambda: ba.extend(b""))
show("extend", lambda: ba.extend(b"x"))
show("pop", lambda: ba.pop())
show("clear", lambda: ba.clear())
show("same-size slice", lambda: ba.__setitem__(slice(0, 1), b"X"))
show("resizing slice", lambda: ba.__setitem__(slice(0, 1), b"XY"))
show("del item", lambda: ba.__delitem__(0))
show("remove", lambda: ba.remove(98))
show("insert", lambda: ba.insert(0, 1))
show("item", lambda: ba.__setitem__(2, 90))
show("init", lambda: ba.__init__(b"new"))
print(ba)

def iadd(v):
    global ba
    ba += v
show("+= empty", lambda: iadd(b""))
show("+=", lambda: iadd(b"!"))
def imul(n):
    global ba
    ba *= n
show("*= 1", lambda: imul(1))
show("*= 2", lambda: imul(2))

part = m[1:]
m.release()
m.release()
show("still exported by slice", lambda: ba.append(1))
part.release()
show("all released", lambda: ba.append(100))
print(ba)

for name, f in [("len", lambda: len(m)), ("index", lambda: m[0]), ("tobytes", lambda: m.tobytes()), ("tolist", lambda: m.tolist()),
                ("obj", lambda: m.obj), ("nbytes", lambda: m.nbytes), ("readonly", lambda: m.readonly), ("format", lambda: m.format),
                ("hex", lambda: m.hex()), ("bytes", lambda: bytes(m)), ("memoryview", lambda: memoryview(m)),
                ("hash", lambda: hash(m)), ("enter", lambda: m.__enter__()), ("eq self", lambda: m == m), ("eq other", lambda: m == b"abc"),
                ("repr", lambda: repr(m)[:16]), ("slice", lambda: m[1:]), ("decode", lambda: str(m, "ascii"))]:
    show(name, f)

with memoryview(ba) as view:
    show("inside with", lambda: ba.append(1))
    print(view.tolist())
show("after with", lambda: ba.append(101))
show("view after with", lambda: view[0])
print(ba)

def make_and_drop():
    v = memoryview(ba)
    return v[0]
print(make_and_drop())
show("after temporary view", lambda: ba.append(102))
print(ba)
