# contextlib.redirect_stdout / redirect_stderr with user-defined streams:
# print() writes to whatever sys.stdout is bound to.
import contextlib
import sys

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
        return len(text)
    def flush(self):
        pass

cap = Capture()
with contextlib.redirect_stdout(cap) as target:
    print("hello", 42)
    print("no newline", end="")
    sys.stdout.write("direct write\n")
print("target is cap:", target is cap)
print("captured:", "".join(cap.parts).splitlines())

# The same object re-entered while in use keeps a stack of old targets
outer = Capture()
inner = Capture()
r = contextlib.redirect_stdout(outer)
with r:
    print("outer 1")
    with contextlib.redirect_stdout(inner):
        print("inner")
        with r:
            print("outer again")
        print("inner 2")
    print("outer 2")
print("outer:", "".join(outer.parts).split())
print("inner:", "".join(inner.parts).split())
print("restored:", sys.stdout is sys.__stdout__)

# Restored on an exception
cap = Capture()
try:
    with contextlib.redirect_stdout(cap):
        print("before")
        raise ValueError("boom")
except ValueError as e:
    print("after error, stdout restored:", sys.stdout is sys.__stdout__, e)

# redirect_stderr, and print(file=...) reading sys.stderr at call time
err = Capture()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
    sys.stderr.write("written\n")
print("stderr captured:", err.parts)

# Redirecting to None discards print output
with contextlib.redirect_stdout(None):
    print("discarded")
print("back")

# A target without write() fails at print time
class NoWrite:
    pass
try:
    with contextlib.redirect_stdout(NoWrite()):
        print("lost")
except AttributeError as e:
    print("AttributeError:", e)
