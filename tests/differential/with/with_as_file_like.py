# A resource class with open/close state used through with; reuse and nested usage.
class Resource:
    opened = 0
    def __init__(self, name):
        self.name = name
        self.closed = True
        self.lines = []
    def __enter__(self):
        if not self.closed:
            raise RuntimeError(self.name + " already open")
        self.closed = False
        Resource.opened += 1
        return self
    def __exit__(self, et, ev, tb):
        self.closed = True
        Resource.opened -= 1
        print("closed %s (error=%s), open now %d" % (self.name, et.__name__ if et else None, Resource.opened))
    def write(self, text):
        if self.closed:
            raise ValueError("I/O operation on closed resource " + self.name)
        self.lines.append(text)

r = Resource("log")
with r:
    r.write("one")
    with Resource("tmp") as t:
        t.write("temp")
        print("open count inside:", Resource.opened)
    r.write("two")
print(r.lines, r.closed)

try:
    r.write("three")
except ValueError as e:
    print("ValueError:", e)

with r:
    try:
        with r:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
print("open count:", Resource.opened)

# Reusing the bound name after the block
with Resource("final") as f:
    f.write("x")
print(f.name, f.closed, f.lines)
f.write("after close")
