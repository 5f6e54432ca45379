# print(file=...) into in-memory streams and redirecting sys.stdout.
import contextlib
import io
import sys

buf = io.StringIO()
print("a", 1, [2, 3], sep="|", end="!\n", file=buf)
print(file=buf)
print("x", "y", file=buf, flush=True)
print(repr(buf.getvalue()))
saved = sys.stdout
sys.stdout = buf
print("captured by assignment")
sys.stdout = saved
print(buf.getvalue().splitlines())
with contextlib.redirect_stdout(io.StringIO()) as out:
    print("inside redirect", end="")
    sys.stdout.write(" and write")
print(repr(out.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("warning!", file=sys.stderr)
print(repr(err.getvalue()))

class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
u = Upper()
print("shout", "this", file=u)
print(repr(u.getvalue()), isinstance(u, io.StringIO), type(u).__name__)

class Prefixed(io.StringIO):
    def __init__(self, prefix):
        super().__init__()
        self.prefix = prefix
    def line(self, text):
        self.write(self.prefix + text + "\n")
p = Prefixed("> ")
p.line("one")
p.line("two")
print(p.getvalue().splitlines(), p.prefix)

class Raw(io.StringIO):
    def __init__(self):
        pass
try:
    Raw().write("x")
except ValueError as e:
    print(type(e).__name__, e)

class Bin(io.BytesIO):
    pass
bb = Bin(b"data")
print(bb.read(2), type(bb).__name__, bb.getvalue())

class Logged(io.StringIO):
    def close(self):
        print("closing with", repr(self.getvalue()))
        super().close()
with Logged() as log:
    log.write("kept")
print(log.closed)
