# splitlines recognises every Unicode line boundary, \r\n as one.
s = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\x1fm"
print(s.splitlines())
print(s.splitlines(True))
for t in ["", "\n", "\n\n", "\r\n", "\r\r\n", "x\n", "x\ny", "\nx", "x\r", "\x85", "a\u2028", "line\x1fnot"]:
    print(repr(t), t.splitlines(), t.splitlines(keepends=True), t.splitlines(False), t.splitlines(1))
