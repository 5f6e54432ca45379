# Text encodings: UTF-8 (default), Latin-1, ASCII; errors= handlers; the
# encoding attribute; decode and encode errors.
import os

base = "/tmp/molt_files_encodings_%d" % os.getpid()
os.mkdir(base)
path = base + "/enc.txt"
try:
    text = "caf\u00e9 \u00fcber na\u00efve \u2603 \U0001f600\n"
    with open(path, "w", encoding="utf-8") as f:
        print(f.encoding, f.errors, f.write(text))
    with open(path, "rb") as f:
        raw = f.read()
    print(raw, len(raw))
    with open(path, encoding="utf-8") as f:
        print(f.read() == text)
    with open(path, encoding="utf-8") as f:
        print(repr(f.read(4)), f.tell(), repr(f.read(3)), repr(f.readline()))
    with open(path, encoding="latin-1") as f:
        print(f.encoding, repr(f.read()))
    with open(path, "w", encoding="latin-1") as f:
        print(f.write("\u00e9t\u00e9 \u00a3 \u00ff"))
    with open(path, "rb") as f:
        print(f.read())
    with open(path, encoding="latin1") as f:
        print(f.encoding, f.read())
    with open(path, "w") as f:
        print(f.encoding, repr(f).replace(path, "PATH"))
        f.write("plain \u00e9")
    with open(path) as f:
        print(f.read(), f.encoding)
    try:
        with open(path, encoding="ascii") as f:
            f.read()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e.encoding, e.start, e.end, e.reason)
    with open(path, encoding="ascii", errors="replace") as f:
        print(repr(f.read()))
    with open(path, encoding="ascii", errors="ignore") as f:
        print(repr(f.read()))
    with open(path, "w", encoding="ascii") as f:
        try:
            f.write("snow \u2603")
        except UnicodeEncodeError as e:
            print("UnicodeEncodeError", e)
    with open(path, "w", encoding="latin-1", errors="replace") as f:
        f.write("snow \u2603!")
    with open(path, "rb") as f:
        print(f.read())
    with open(path, "wb") as f:
        f.write(b"ok\xff\xfebad\n")
    try:
        with open(path) as f:
            f.read()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)
    with open(path, errors="replace") as f:
        print(repr(f.read()))
    with open(path, encoding="utf-8", errors="ignore") as f:
        print(repr(f.readline()))
    with open(path, "w", encoding="UTF8") as f:
        print(f.encoding)
finally:
    os.remove(path)
    os.rmdir(base)
