# Bytes written in binary mode read back as text and the reverse; the
# UTF-8 bytes of non-ASCII text; reading text character by character.
import os

base = "/tmp/molt_files_roundtrip_%d" % os.getpid()
os.mkdir(base)
path = base + "/rt"
try:
    with open(path, "w") as f:
        f.write("\u00e9\u4e2d\U0001f600a\n")
    with open(path, "rb") as f:
        data = f.read()
    print(data, len(data))
    with open(path) as f:
        chars = []
        while True:
            c = f.read(1)
            if not c:
                break
            chars.append((c, f.tell()))
        print(chars)
    with open(path, "wb") as f:
        f.write("line one\nline two\n".encode())
        f.write(bytes([0xc3, 0xa9]))
    with open(path) as f:
        print(f.readlines())
    with open(path, encoding="latin-1") as f:
        print(f.read())
finally:
    os.remove(path)
    os.rmdir(base)
