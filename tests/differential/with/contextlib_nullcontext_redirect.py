# contextlib.nullcontext and redirect_stdout with io.StringIO.
import contextlib
import io

with contextlib.nullcontext() as v:
    print("nullcontext gives", v)
with contextlib.nullcontext(42) as v:
    print("nullcontext(42) gives", v)

def process(data, lock=None):
    with lock if lock is not None else contextlib.nullcontext():
        return sum(data)
class Lock:
    def __enter__(self):
        print("  lock acquired")
    def __exit__(self, *a):
        print("  lock released")
print(process([1, 2, 3]))
print(process([4, 5], Lock()))

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line 1")
    print("captured", "line", 2, sep="-")
print("captured text:", repr(buf.getvalue()))

# Nested redirection restores the previous target
outer, inner = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(outer):
    print("to outer")
    with contextlib.redirect_stdout(inner):
        print("to inner")
    print("outer again")
print(repr(outer.getvalue()), repr(inner.getvalue()))

# Restored even when an exception escapes
buf = io.StringIO()
try:
    with contextlib.redirect_stdout(buf):
        print("before error")
        raise ValueError("oops")
except ValueError as e:
    print("restored stdout, error:", e, "| buf:", repr(buf.getvalue()))

# redirect_stderr works the same way
import sys
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print("stderr captured:", repr(err.getvalue()))

def noisy():
    print("noise")
    return "value"
f = io.StringIO()
with contextlib.redirect_stdout(f) as target:
    result = noisy()
print(result, target is f, f.getvalue().split())
