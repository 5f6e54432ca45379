# The newline argument of StringIO: translation on write, line endings on
# read, and the newlines attribute.
import io

text = "ab\ncd\r\nef\rgh"
for newline in ["\n", None, "", "\r", "\r\n"]:
    s = io.StringIO(text, newline=newline)
    print(repr(newline), repr(s.getvalue()), s.readlines(), repr(s.newlines))
    s = io.StringIO(newline=newline)
    s.write("one\r")
    s.write("\ntwo\n")
    s.seek(0)
    print("  ", repr(s.getvalue()), [line for line in s], repr(s.newlines))
s = io.StringIO(newline=None)
print(repr(s.newlines))
s.write("a\n")
print(repr(s.newlines))
s.write("b\r\n")
print(repr(s.newlines))
s.write("c\r")
print(repr(s.newlines), repr(s.getvalue()))
s = io.StringIO("x\r\ny", newline="")
print(repr(s.readline(2)), repr(s.readline()), repr(s.readline()))
for bad in ["x", "\n\r", " "]:
    try:
        io.StringIO(newline=bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    io.StringIO(newline=1)
except TypeError as e:
    print(type(e).__name__, e)
