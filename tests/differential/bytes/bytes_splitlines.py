# splitlines(): only \n, \r and \r\n end lines in bytes.
samples = [b"", b"one", b"a\nb", b"a\r\nb\rc\n", b"\n\n", b"x\x0by\x0cz\x1cw\x85v", b"end\r", b"\r\n\r\n"]
for s in samples:
    print(s.splitlines(), s.splitlines(True), s.splitlines(keepends=False))
print(bytearray(b"a\nb").splitlines(), type(bytearray(b"a").splitlines()[0]).__name__)
try:
    b"x".splitlines(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    b"x".splitlines(keep=True)
except TypeError as e:
    print("TypeError", e)
