# += and *= on bytearrays work in place; on bytes they rebind.
ba = bytearray(b"ab")
alias = ba
ba += b"cd"
ba += bytearray(b"ef")
ba += memoryview(b"gh")
print(ba, alias is ba, alias)
ba *= 2
print(ba, alias is ba)
ba *= 0
print(ba, alias is ba)
x = bytearray(b"xy")
try:
    x += x
except BufferError as e:
    print("BufferError", e)
y = bytearray()
y += y
x.extend(x)
x[len(x):] = x
print(x, y)
b = b"ab"
other = b
b += b"cd"
b *= 2
print(b, other, b is other)

def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

def add(v):
    global ba
    ba += v
def mul(v):
    global ba
    ba *= v
show(lambda: add("str"))
show(lambda: add([1, 2]))
show(lambda: add(5))
show(lambda: mul(1.5))
show(lambda: mul("2"))
print(ba)
