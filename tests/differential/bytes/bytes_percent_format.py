# printf-style formatting of bytes and bytearray.
print(b"%s and %s" % (b"x", bytearray(b"y")), b"%b" % memoryview(b"mv"), b"%s" % b"\xff\x00")
print(b"%r %a" % (b"r", "\u00e9"), b"%5s|%-5s|%.1s" % (b"ab", b"cd", b"ef"), b"%c%c%c" % (65, b"B", bytearray(b"C")))
print(b"%d %i %u %x %X %o %#x %#o" % (1, -2, 3, 255, 255, 8, 255, 8))
print(b"%e %f %g %.2f %10.3f %-8.1e|" % (1.5, 2.5, 3.5, 3.14159, 2.0, 12345.0))
print(b"%05d %+d % d %-5d| %*d| %-*d|" % (42, 7, 7, 3, 4, 9, 4, 9))
print(b"%(name)s is %(age)d" % {b"name": b"Ann", b"age": 30}, b"100%%" % (), b"%s" % (b"tuple",))
print(bytearray(b"%s-%d") % (b"x", 3), type(bytearray(b"%s") % b"x").__name__, b"no format" % ())

class WithBytes:
    def __bytes__(self):
        return b"custom"
print(b"[%s]" % WithBytes(), b"%d" % 3.9, b"%x" % True)
print(b"%5c|%-3c|" % (65, b"B"), "%5c|%-3c|" % ("x", 121), b"%%" % [1], "%%" % [1], "%%" % b"ab", b"%%" % {})

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: b"%s" % "str")
show(lambda: b"%s" % 1)
show(lambda: b"%b" % [1])
show(lambda: b"%c" % 256)
show(lambda: b"%c" % b"AB")
show(lambda: b"%c" % "A")
show(lambda: b"%d" % "1")
show(lambda: b"%x" % 1.5)
show(lambda: b"%s %s" % (b"one",))
show(lambda: b"%s" % (b"a", b"b"))
show(lambda: b"%y" % 1)
show(lambda: b"%" % ())
show(lambda: b"%(key)s" % {"key": b"str key"})
show(lambda: b"%(key)s" % (b"x",))
show(lambda: b"%%" % b"ab")
show(lambda: b"%%" % bytearray(b"ab"))
show(lambda: b"%%" % "ab")
show(lambda: b"%f" % "1.5")
show(lambda: b"%e" % b"1")
show(lambda: b"%i" % "1")
show(lambda: b"%u" % "1")
show(lambda: "%c" % 2**70)
