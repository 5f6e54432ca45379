# io.StringIO: writing, reading, positions and the whole value.
import io

s = io.StringIO()
print(s.write("hello "), s.write("w\u00f6rld\n"), s.write(""), s.tell())
print(repr(s.getvalue()), s.read(), s.tell())
print(s.seek(0), repr(s.read(5)), s.tell(), repr(s.read(0)), repr(s.read(-1)), repr(s.read()))
s.seek(6)
print(s.write("W"), repr(s.getvalue()), s.tell())
s.seek(20)
print(s.write("!"), repr(s.getvalue()), len(s.getvalue()))
print(s.seek(0, 2), s.seek(0, 1), s.seek(3), s.truncate(), repr(s.getvalue()), s.tell(), s.truncate(1), s.tell(), repr(s.getvalue()))

s = io.StringIO("end")
print(s.seek(10), s.write(""), repr(s.getvalue()), s.tell())
s = io.StringIO("line one\nline two\n\nlast")
print(repr(s.readline()), repr(s.readline(4)), repr(s.readline()), s.tell())
print(s.readlines(), s.readlines(), repr(s.readline()))
s.seek(0)
print(s.readlines(10), s.readlines(1), s.readlines(-1))
s.seek(0)
print([line for line in s], list(s))
s.seek(0)
print(next(s), next(iter(s)), end="")
print()
s = io.StringIO("h\u00e9\U0001f600!")
print(repr(s.read(2)), s.tell(), repr(s.read()), s.tell(), s.seek(1), repr(s.read(1)))
s = io.StringIO(initial_value="initial")
print(s.tell(), s.read(), repr(io.StringIO(None).getvalue()), repr(io.StringIO("").read()))
s.seek(0)
s.write("IN")
print(repr(s.getvalue()), repr(s.read()))
s = io.StringIO()
print(s.writelines(["a\n", "b", "c\n"]), repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.flush(), s.closed, s.line_buffering, s.encoding, s.errors, s.newlines)
print(type(s).__name__, type(s).__module__, repr(s)[:20], isinstance(s, io.StringIO))

class Counter:
    def __index__(self):
        return 3
s = io.StringIO("abcdef")
print(repr(s.read(Counter())), s.seek(Counter()), repr(s.readline(Counter())))
